"""Facts in Japanese, Chinese, Portuguese and Dutch notices: one table per fact, one helper.

The sentences are our own, in the way these marketplaces phrase notices: deadlines
after the date in Japanese and Chinese ("まで", "之前"), "até"/"uiterlijk" before it,
relative spans ("17日以内", "17天内", "dentro de 17 dias", "binnen 17 dagen"), and IDs
written straight into CJK text without spaces.
"""

from __future__ import annotations

from datetime import date

import pytest

from intake.extract import Facts, extract_facts
from tests.unit.test_extract_helpers import notice  # message date 2024-03-04 (a Monday)


def _facts(text: str) -> Facts:
    return extract_facts(notice(text))


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("2026年5月4日までに改善計画書をご提出ください。", date(2026, 5, 4)),
        ("回答期限：2026年5月4日（月）", date(2026, 5, 4)),
        ("17日以内に請求書をご提出ください。", date(2024, 3, 21)),
        ("5営業日以内にご回答ください。", date(2024, 3, 11)),
        ("2026年5月4日に申し立てを受け付けました。", None),  # a date, not a deadline
        ("発行日から90日以内の請求書をご提出ください。", None),  # the invoice's age
        ("请提供日期在最近90天内的水电费账单。", None),  # the bill's age
        ("请在2026年5月4日之前提交行动计划。", date(2026, 5, 4)),
        ("请于5月4日前提交发票。", date(2024, 5, 4)),
        ("请在17天内提交发票。", date(2024, 3, 21)),
        ("请在3个工作日内回复。", date(2024, 3, 7)),
        ("Envie o plano de ação até 5 de maio de 2026.", date(2026, 5, 5)),
        ("Você deve enviar as notas fiscais dentro de 17 dias.", date(2024, 3, 21)),
        ("Recebemos sua apelação em 5 de maio de 2026.", None),
        ("Stuur ons uw actieplan uiterlijk 4 mei 2026.", date(2026, 5, 4)),
        ("Dien binnen 17 dagen een actieplan in.", date(2024, 3, 21)),
        ("Je hebt 7 dagen om je actieplan in te dienen.", date(2024, 3, 11)),
        ("Wij zullen binnen 2 dagen reageren.", None),  # Amazon's promise, not a deadline
    ],
)
def test_deadlines(text: str, deadline: date | None) -> None:
    assert _facts(text).deadline == deadline


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "以下の書類をご提出ください:\n- 仕入れ先の請求書\n- 権利者からの委任状",
            ("invoices", "letter_of_authorization"),
        ),
        ("改善計画書と仕入れ先の連絡先をご提出ください。", ("plan_of_action", "supplier_contacts")),
        ("請求書をお送りいただきありがとうございます。", ()),  # thanks, not a request
        ("仕入れ先の請求書を提出いただけますようお願いいたします。", ("invoices",)),
        (
            "次の情報を含めてください:\n- 改善計画書\n- 製品の写真",
            ("plan_of_action", "product_images"),
        ),
        (
            "请提供以下文件：发票、供应商联系信息和行动计划。",
            ("invoices", "supplier_contacts", "plan_of_action"),
        ),
        ("请提交品牌授权书。", ("letter_of_authorization",)),
        ("提交申诉时，您需要向我们提供营业执照。", ("business_license",)),
        ("无需提交发票。", ()),
        ("Por favor, envie as notas fiscais e o plano de ação.", ("invoices", "plan_of_action")),
        ("Precisamos das informações de contato do seu fornecedor.", ("supplier_contacts",)),
        ("Não é necessário enviar faturas.", ()),
        (
            "Stuur ons de facturen van uw leverancier en een actieplan.",
            ("invoices", "plan_of_action"),
        ),
        (
            "Wij hebben een autorisatiebrief van de rechthebbende nodig.",
            ("letter_of_authorization",),
        ),
        ("Stuur ons geen facturen.", ()),
    ],
)
def test_requested_documents(text: str, requested: tuple[str, ...]) -> None:
    assert _facts(text).requested == requested


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("真贋に関する申し立てを受けました。", "inauthentic"),
        ("商標権の侵害に関する申し立てがありました。", "intellectual_property"),
        ("注文不良率が目標を上回っています。", "order_defect_rate"),
        ("出荷遅延率が基準を超えています。", "late_shipment"),
        ("関連アカウントが停止されています。", "related_accounts"),
        ("制限対象商品を出品しています。", "restricted_products"),
        ("製品の安全性に関する苦情を受けました。", "product_safety"),
        ("他社の著作権画像が使われています。", "intellectual_property"),
        ("価格設定に関するポリシーに違反しています。", "pricing"),
        ("我们收到了关于假冒商品的投诉。", "inauthentic"),
        ("您的商品涉及知识产权侵权。", "intellectual_property"),
        ("您的订单缺陷率过高。", "order_defect_rate"),
        ("您的账户与其他关联账户有关。", "related_accounts"),
        ("该商品属于受限商品。", "restricted_products"),
        ("您的商品违反了版权规定。", "intellectual_property"),
        ("您的迟发率高于目标。", "late_shipment"),
        ("我们收到了产品安全投诉。", "product_safety"),
        ("违反了公平定价政策。", "pricing"),
        ("Recebemos reclamações sobre produtos falsificados.", "inauthentic"),
        ("Sua conta está relacionada a direitos autorais.", "intellectual_property"),
        ("Sua taxa de defeitos em pedidos está acima da meta.", "order_defect_rate"),
        ("Identificamos contas relacionadas.", "related_accounts"),
        ("Não respeita a política de preços justos.", "pricing"),
        ("We ontvingen klachten over namaakproducten.", "inauthentic"),
        ("Er is een klacht over handelsmerkinbreuk.", "intellectual_property"),
        ("Uw percentage te laat verzonden bestellingen is te hoog.", "late_shipment"),
        ("Wij hebben gerelateerde accounts gevonden.", "related_accounts"),
        ("Dit product valt onder productveiligheid.", "product_safety"),
        ("Je verkoopt verboden producten.", "restricted_products"),
        ("Dit is in strijd met ons beleid voor eerlijke prijzen.", "pricing"),
        ("Identificamos produtos proibidos no seu catálogo.", "restricted_products"),
        ("Recebemos uma reclamação de segurança do produto.", "product_safety"),
        ("Sua taxa de envio atrasado está alta.", "late_shipment"),
        ("Bedankt voor uw bericht.", None),
        ("ご連絡ありがとうございます。", None),
    ],
)
def test_policies(text: str, policy: str | None) -> None:
    assert _facts(text).policy == policy


@pytest.mark.parametrize(
    ("text", "asins", "case_ids", "order_ids"),
    [
        (
            "ASIN:B0ABCDEF12の出品を停止しました。ケースID：12345678901",
            ("B0ABCDEF12",),
            ("12345678901",),
            (),
        ),
        (
            "注文番号250-1234567-1234567の商品B0ABCDEF12について",
            ("B0ABCDEF12",),
            (),
            ("250-1234567-1234567",),
        ),
        (
            "我们已停用您的商品B0ABCDEF12。案例编号：98765432101。",
            ("B0ABCDEF12",),
            ("98765432101",),
            (),
        ),
        ("ID do caso: 1234567890. ASIN B0ABCDEF12.", ("B0ABCDEF12",), ("1234567890",), ()),
        ("Zaaknummer: 1234567890", (), ("1234567890",), ()),
        ("XB0ABCDEF12 is geen ASIN", (), (), ()),  # an ASIN is not cut from a longer code
    ],
)
def test_ids_in_text_without_spaces(
    text: str, asins: tuple[str, ...], case_ids: tuple[str, ...], order_ids: tuple[str, ...]
) -> None:
    facts = _facts(text)
    assert (facts.asins, facts.case_ids, facts.order_ids) == (asins, case_ids, order_ids)
