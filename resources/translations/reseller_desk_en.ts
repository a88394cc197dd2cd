<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
    <context>
        <name>AccountDetail</name>
        <message>
            <source>사업자등록번호</source>
            <translation>Business reg. no.</translation>
        </message>
        <message>
            <source>대표자</source>
            <translation>CEO</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>가격 정책</source>
            <translation>Pricing policy</translation>
        </message>
        <message>
            <source>계약</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>만료일</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>사이트 추가</source>
            <translation>Add site</translation>
        </message>
        <message>
            <source>사이트 수정</source>
            <translation>Edit site</translation>
        </message>
        <message>
            <source>사이트 해지…</source>
            <translation>Terminate site…</translation>
        </message>
        <message>
            <source>모든 로그인이 막히고 공급사가 데이터를 삭제합니다 (W5).</source>
            <translation>Every login is blocked and the vendor deletes the data (W5).</translation>
        </message>
        <message>
            <source>라이선스</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>주문 내역</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>그룹사 정보</source>
            <translation>Group companies</translation>
        </message>
        <message>
            <source>고객 계정을 고르세요</source>
            <translation>Choose an account</translation>
        </message>
        <message>
            <source>자동 연장</source>
            <translation>Auto-renew</translation>
        </message>
        <message>
            <source>연장 안 함</source>
            <translation>No renewal</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>고객 계정 편집</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>새 고객 계정</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>회사 이름</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>Business reg. no.</translation>
        </message>
        <message>
            <source>대표자</source>
            <translation>CEO</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>전화</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>관리자 이메일</source>
            <translation>Admin email</translation>
        </message>
        <message>
            <source>가격 정책</source>
            <translation>Pricing policy</translation>
        </message>
        <message>
            <source>계약 기간</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>자동 연장</source>
            <translation>Auto-renew</translation>
        </message>
        <message>
            <source>만료일에 자동 연장</source>
            <translation>Renew automatically at expiry</translation>
        </message>
        <message>
            <source>만료일 있음</source>
            <translation>Has an expiry date</translation>
        </message>
        <message>
            <source>만료일</source>
            <translation>Expiry</translation>
        </message>
    </context>
    <context>
        <name>AccountsView</name>
        <message>
            <source>새 고객 계정</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>계정 수정</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>이름, 사업자등록번호, 접속 주소로 찾기 (Ctrl+F)</source>
            <translation>Find by name, business number or address (Ctrl+F)</translation>
        </message>
        <message>
            <source>모든 상태</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>고객 계정을 고르세요</source>
            <translation>Choose a customer account</translation>
        </message>
        <message>
            <source>고객 계정 목록</source>
            <translation>Account list</translation>
        </message>
        <message>
            <source>고객 계정 %1개</source>
            <translation>%1 accounts</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>기간</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Excel로 내보내기…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>대상</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>고객 계정</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>전체</source>
            <translation>All</translation>
        </message>
        <message>
            <source>{n}건</source>
            <translation>{n} entries</translation>
        </message>
        <message>
            <source>감사 기록 내보내기</source>
            <translation>Export the audit log</translation>
        </message>
        <message>
            <source>{n}건을 {path} 에 저장했습니다.</source>
            <translation>Saved {n} entries to {path}.</translation>
        </message>
    </context>
    <context>
        <name>CalculatorView</name>
        <message>
            <source>계정 없이 (견적 준비)</source>
            <translation>No account (prepare a quote)</translation>
        </message>
        <message>
            <source>고객 계정</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>개월</source>
            <translation> months</translation>
        </message>
        <message>
            <source>상품·기간</source>
            <translation>Product &amp; term</translation>
        </message>
        <message>
            <source>할인코드 (선택)</source>
            <translation>Discount code (optional)</translation>
        </message>
        <message>
            <source>할인코드</source>
            <translation>Discount code</translation>
        </message>
        <message>
            <source>회사 추가</source>
            <translation>Add company</translation>
        </message>
        <message>
            <source>주문하기…</source>
            <translation>Order…</translation>
        </message>
        <message>
            <source>견적서 만들기</source>
            <translation>Make quote</translation>
        </message>
        <message>
            <source>계정의 공급사와 가격 정책을 따릅니다. 바꾸려면 계정을 편집하세요.</source>
            <translation>The account's vendor and pricing policy apply. Edit the account to change them.</translation>
        </message>
        <message>
            <source>주문을 마치면 계정의 계약 기간이 %1에서 %2(으)로 바뀝니다.</source>
            <translation>Completing the order changes the account's term from %1 to %2.</translation>
        </message>
        <message>
            <source>계정의 계약 기간입니다. 다른 기간을 고르면 주문과 함께 바뀝니다.</source>
            <translation>The account's term. Choose another and the order changes it.</translation>
        </message>
        <message>
            <source>%1 요금으로 %2개월을 계산합니다.</source>
            <translation>Priced at the %1 rate for %2 months.</translation>
        </message>
        <message>
            <source>계약 기간 (C2)</source>
            <translation>Contract term (C2)</translation>
        </message>
        <message>
            <source>계정을 고르면 주문할 수 있습니다</source>
            <translation>Choose an account to order</translation>
        </message>
        <message>
            <source>가격을 계산할 수 없어 주문할 수 없습니다. 빨간 칸을 고치세요.</source>
            <translation>The price cannot be calculated, so nothing can be ordered. Correct the fields in red.</translation>
        </message>
        <message>
            <source>바뀌는 것이 없어 주문할 수 없습니다 (0원). 사용자 수·패키지·부가 상품을 바꾸거나 기간 연장을 고르세요.</source>
            <translation>Nothing changes, so there is nothing to order (0 won). Change users, package or add-ons, or choose to extend the term.</translation>
        </message>
        <message>
            <source>청구서 %1 을(를) 발행했습니다.</source>
            <translation>Invoice %1 was issued.</translation>
        </message>
        <message>
            <source>주문 완료</source>
            <translation>Complete the order</translation>
        </message>
        <message>
            <source>주문을 마쳤습니다. 합계 %1</source>
            <translation>The order is complete. Total %1</translation>
        </message>
        <message>
            <source>청구서 열기</source>
            <translation>Open the invoice</translation>
        </message>
        <message>
            <source>개정판 만들기 (%1)</source>
            <translation>Make revision (%1)</translation>
        </message>
        <message>
            <source>견적을 만들 수 없습니다</source>
            <translation>Cannot make the quote</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>새 가격표…</source>
            <translation>New price list…</translation>
        </message>
        <message>
            <source>카탈로그</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <source>가격표</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>가격을 바꾸려면 카탈로그 권한이 필요합니다 (K3).</source>
            <translation>Changing prices needs the catalog permission (K3).</translation>
        </message>
        <message>
            <source> (현재 적용)</source>
            <translation> (in force)</translation>
        </message>
        <message>
            <source>%1 부터</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>가격은 부가세 별도입니다 (M2). 표본값 %1개는 공급사 자료에 없는 예시 가격입니다 (K4).</source>
            <translation>Prices exclude VAT (M2). %1 sample values are example prices not given by the vendor (K4).</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>비밀번호 바꾸기</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>PAA(주 관리자)가 비밀번호를 재설정했습니다. 새 비밀번호를 정하세요.</source>
            <translation>A PAA (primary administrator) reset your password. Choose a new one.</translation>
        </message>
        <message>
            <source>지금 비밀번호</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>새 비밀번호 (10자 이상)</source>
            <translation>New password (10 characters or more)</translation>
        </message>
        <message>
            <source>새 비밀번호 확인</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>새 비밀번호 두 칸이 다릅니다. 같게 입력하세요.</source>
            <translation>The two new passwords differ. Type the same twice.</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>할인코드 편집</source>
            <translation>Edit discount code</translation>
        </message>
        <message>
            <source>새 할인코드</source>
            <translation>New discount code</translation>
        </message>
        <message>
            <source>코드</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>종류</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>정률 (%)</source>
            <translation>Percent (%)</translation>
        </message>
        <message>
            <source>정액 (원)</source>
            <translation>Amount (won)</translation>
        </message>
        <message>
            <source>할인 값</source>
            <translation>Discount value</translation>
        </message>
        <message>
            <source>시작일 지정</source>
            <translation>Has a start date</translation>
        </message>
        <message>
            <source>종료일 지정</source>
            <translation>Has an end date</translation>
        </message>
        <message>
            <source>최대 사용 횟수 (0 = 제한 없음)</source>
            <translation>Maximum uses (0 = no limit)</translation>
        </message>
        <message>
            <source>최소 사용자 수 (0 = 제한 없음)</source>
            <translation>Minimum users (0 = no limit)</translation>
        </message>
        <message>
            <source>적용 상품 (쉼표로 구분, 비우면 전체)</source>
            <translation>Products (comma-separated; empty: all)</translation>
        </message>
        <message>
            <source>사용</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>이 코드를 쓸 수 있음</source>
            <translation>This code can be used</translation>
        </message>
    </context>
    <context>
        <name>CompanyGrid</name>
        <message>
            <source>회사</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>에디션</source>
            <translation>Edition</translation>
        </message>
        <message>
            <source>패키지</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>Users</translation>
        </message>
    </context>
    <context>
        <name>CompanyRow</name>
        <message>
            <source>명</source>
            <translation> users</translation>
        </message>
        <message>
            <source>연장</source>
            <translation>Extend</translation>
        </message>
        <message>
            <source>이 회사를 뺍니다</source>
            <translation>Remove this company</translation>
        </message>
        <message>
            <source>현재: %1</source>
            <translation>Now: %1</translation>
        </message>
        <message>
            <source>무료 사이트는 연장할 것이 없습니다 (주문 가능 표 §5).</source>
            <translation>A free site has nothing to extend (operation matrix §5).</translation>
        </message>
        <message>
            <source>유료 사이트는 무료 패키지로 바꿀 수 없습니다 (§5).</source>
            <translation>A paid site cannot change to the free package (§5).</translation>
        </message>
        <message>
            <source>회사</source>
            <translation>Company</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>청구서 정정</source>
            <translation>Correct invoice</translation>
        </message>
        <message>
            <source>발행된 청구서는 바뀌지 않습니다. 정정 청구서(CN)로 %1 을(를) 취소하고, 바른 공급가액을 적으면 새 청구서를 발행합니다.</source>
            <translation>An issued invoice never changes. A credit note (CN) voids %1; give the correct supply amount to issue a new invoice.</translation>
        </message>
        <message>
            <source>정정 사유</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>바른 공급가액(원)</source>
            <translation>Correct supply amount (won)</translation>
        </message>
        <message>
            <source>비우면 취소만 합니다 (지금 %1원)</source>
            <translation>Leave empty to void only (now %1 won)</translation>
        </message>
        <message>
            <source>공급가액은 원 단위 정수로 입력하세요 (예: 80,000).</source>
            <translation>Enter the supply amount as whole won (e.g. 80,000).</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>사용자 CSV 가져오기</source>
            <translation>Import users from CSV</translation>
        </message>
        <message>
            <source>첫 줄에 name,email (또는 이름,이메일) 머리글이 있는 CSV 파일을 고르세요.</source>
            <translation>Choose a CSV file whose first line is the header name,email.</translation>
        </message>
        <message>
            <source>파일 선택…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>가져오기</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>CSV 파일</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>파일을 읽을 수 없습니다: %1</source>
            <translation>Cannot read the file: %1</translation>
        </message>
        <message>
            <source>가져올 수 있는 줄 %1개, 잘못된 줄 %2개.</source>
            <translation>%1 lines can be imported, %2 lines are bad.</translation>
        </message>
        <message>
            <source>잘못된 줄은 가져오지 않습니다.</source>
            <translation>Bad lines are not imported.</translation>
        </message>
        <message>
            <source>%1번째 줄: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>%1명을 가져왔습니다.</source>
            <translation>Imported %1 users.</translation>
        </message>
        <message>
            <source>%1줄은 가져오지 않았습니다 (아래 이유).</source>
            <translation>%1 lines were not imported (reasons below).</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>고치기…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>상태 기록</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>기록</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>메시지</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>첨부…</source>
            <translation>Attach…</translation>
        </message>
        <message>
            <source>첨부 파일 (끌어 놓기, 하나에 10 MB 까지)</source>
            <translation>Attachments (drop files here, at most 10 MB each)</translation>
        </message>
        <message>
            <source>담당자와 공유</source>
            <translation>Assignee and sharing</translation>
        </message>
        <message>
            <source>담당 지정</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>공유</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>예약 %1</source>
            <translation>Scheduled %1</translation>
        </message>
        <message>
            <source>일반 (바로)</source>
            <translation>Regular (now)</translation>
        </message>
        <message>
            <source>심각도 %1</source>
            <translation>Severity %1</translation>
        </message>
        <message>
            <source>(지정 안 함)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>조직: %1</source>
            <translation>Team: %1</translation>
        </message>
        <message>
            <source>공유: %1</source>
            <translation>Shared with: %1</translation>
        </message>
        <message>
            <source>할 수 없습니다</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <source>메일을 보내지 못했습니다</source>
            <translation>The mail could not be sent</translation>
        </message>
        <message>
            <source>답변은 기록되었고 메일은 보낼함에 남았습니다: %1</source>
            <translation>The reply is recorded and the mail stays in the outbox: %1</translation>
        </message>
        <message>
            <source>첨부할 파일</source>
            <translation>Files to attach</translation>
        </message>
        <message>
            <source>첨부하지 못한 파일</source>
            <translation>Files not attached</translation>
        </message>
        <message>
            <source>열 수 없습니다</source>
            <translation>Cannot open</translation>
        </message>
    </context>
    <context>
        <name>DiscountsView</name>
        <message>
            <source>새 할인코드</source>
            <translation>New discount code</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>EditRequestDialog</name>
        <message>
            <source>%1 요청 고치기</source>
            <translation>Edit %1 request</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>저장</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>GroupsView</name>
        <message>
            <source>그룹</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>표시 범위</source>
            <translation>Display scope</translation>
        </message>
        <message>
            <source>그룹사 전체: 그 회사 사원이 그룹 전체 조직도를 봅니다. 내 회사: 자기 회사와 겸직한 부서만 봅니다 (G2).</source>
            <translation>Whole group: the company's employees see the whole group's org chart. Own company: only their company and the departments of their concurrent posts (G2).</translation>
        </message>
        <message>
            <source>실행 취소:</source>
            <translation>Undo:</translation>
        </message>
        <message>
            <source>다시 실행:</source>
            <translation>Redo:</translation>
        </message>
        <message>
            <source>실행 취소</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>실행 취소: %1</source>
            <translation>Undo: %1</translation>
        </message>
        <message>
            <source>다시 실행</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>다시 실행: %1</source>
            <translation>Redo: %1</translation>
        </message>
        <message>
            <source>저장</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>되돌리기</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>위로</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>아래로</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>안으로</source>
            <translation>In</translation>
        </message>
        <message>
            <source>밖으로</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>부서 추가…</source>
            <translation>Add department…</translation>
        </message>
        <message>
            <source>이름 바꾸기…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>부서 삭제</source>
            <translation>Remove department</translation>
        </message>
        <message>
            <source>부서 CSV 가져오기…</source>
            <translation>Import departments from CSV…</translation>
        </message>
        <message>
            <source>사원 CSV 가져오기…</source>
            <translation>Import employees from CSV…</translation>
        </message>
        <message>
            <source>이름,이메일,회사ID,소속 부서 경로,겸직(회사ID:부서 경로;…)</source>
            <translation>name,email,company ID,home department path,concurrent posts (company ID:department path;…)</translation>
        </message>
        <message>
            <source>&lt;b&gt;미리보기&lt;/b&gt;: 누가 보는 조직도인가요?</source>
            <translation>&lt;b&gt;Preview&lt;/b&gt;: whose org chart?</translation>
        </message>
        <message>
            <source>사원 검색 (그룹 전체: 이름, 이메일, 부서)</source>
            <translation>Search employees (whole group: name, email, department)</translation>
        </message>
        <message>
            <source>저장하지 않은 조직도 변경</source>
            <translation>Unsaved org chart changes</translation>
        </message>
        <message>
            <source>조직도 설정에 저장하지 않은 변경이 있습니다. 저장할까요?</source>
            <translation>The org chart settings have unsaved changes. Save them?</translation>
        </message>
        <message>
            <source>그룹사가 있는 고객 계정이 없습니다.</source>
            <translation>No customer account has group companies.</translation>
        </message>
        <message>
            <source>%1 사원</source>
            <translation>Employees of %1</translation>
        </message>
        <message>
            <source>회사·부서</source>
            <translation>Company · department</translation>
        </message>
        <message>
            <source>회사 ID</source>
            <translation>Company ID</translation>
        </message>
        <message>
            <source>옮길 수 없습니다: %1</source>
            <translation>Cannot move: %1</translation>
        </message>
        <message>
            <source>옮기기</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>조직도 설정을 저장했습니다.</source>
            <translation>Org chart settings saved.</translation>
        </message>
        <message>
            <source>부서</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>부서 추가</source>
            <translation>Add department</translation>
        </message>
        <message>
            <source>새 부서 이름 (선택한 부서 아래에 만듭니다)</source>
            <translation>New department name (made under the selected department)</translation>
        </message>
        <message>
            <source>이름 바꾸기</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>부서 이름</source>
            <translation>Department name</translation>
        </message>
        <message>
            <source>부서 CSV 가져오기</source>
            <translation>Import departments from CSV</translation>
        </message>
        <message>
            <source>사원 CSV 가져오기</source>
            <translation>Import employees from CSV</translation>
        </message>
        <message>
            <source>사원 %1명을 등록했습니다.</source>
            <translation>Added %1 employees.</translation>
        </message>
        <message>
            <source>CSV 파일 (*.csv *.txt)</source>
            <translation>CSV files (*.csv *.txt)</translation>
        </message>
        <message>
            <source>%1행: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>잘못된 행이 있어 아무것도 가져오지 않았습니다.</source>
            <translation>Some lines are wrong, so nothing was imported.</translation>
        </message>
        <message>
            <source>… 처음 %1명만 보입니다: 이름, 이메일 또는 부서로 찾으세요</source>
            <translation>… only the first %1 are shown: search by name, email or department</translation>
        </message>
        <message>
            <source>%1 (겸직)</source>
            <translation>%1 (concurrent post)</translation>
        </message>
        <message>
            <source>부서 %1개를 만들었습니다.</source>
            <translation>Made %1 departments.</translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <source>%1월</source>
            <translation>Month %1</translation>
        </message>
        <message>
            <source>청구</source>
            <translation>Billed</translation>
        </message>
        <message>
            <source>결제</source>
            <translation>Paid</translation>
        </message>
    </context>
    <context>
        <name>InvoicesView</name>
        <message>
            <source>&lt;b&gt;최근 6개월 청구와 결제&lt;/b&gt;</source>
            <translation>&lt;b&gt;Billed and paid, last 6 months&lt;/b&gt;</translation>
        </message>
        <message>
            <source>청구서 목록</source>
            <translation>Invoice list</translation>
        </message>
        <message>
            <source>결제 등록…</source>
            <translation>Record payment…</translation>
        </message>
        <message>
            <source>정정…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>미리보기</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>인쇄…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>PDF로 저장…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>엑셀로 내보내기…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>메일 보내기…</source>
            <translation>Send by email…</translation>
        </message>
        <message>
            <source>청구서 PDF를 첨부해 보냅니다. 보내지 못한 메일은 견적 화면의 보낼 편지함에서 다시 보냅니다.</source>
            <translation>Sends the invoice PDF attached. A mail that could not be sent stays in the outbox of the quotes section to send again.</translation>
        </message>
        <message>
            <source>청구 실행</source>
            <translation>Billing run</translation>
        </message>
        <message>
            <source>오늘 날짜로 갱신과 사용량 청구서를 발행합니다. 다시 실행해도 두 번 청구하지 않습니다.</source>
            <translation>Issues today's renewal and usage invoices. Running it again never bills twice.</translation>
        </message>
        <message>
            <source>납부 기한</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>모든 상태</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>모든 고객</source>
            <translation>All customers</translation>
        </message>
        <message>
            <source>%1건 · 합계 %2원 · 결제 %3원 · 미수금 %4원</source>
            <translation>%1 invoices · total %2 won · paid %3 won · outstanding %4 won</translation>
        </message>
        <message>
            <source>다음 달 NAVER WORKPLACE 사용료 예상 (%1 ~ %2 사용분): %3원 (부가세 포함)</source>
            <translation>Next month's NAVER WORKPLACE usage estimate (use %1 to %2): %3 won incl. VAT</translation>
        </message>
        <message>
            <source>공급가액 %1원 · 부가세 %2원 · 합계 %3원</source>
            <translation>Supply %1 won · VAT %2 won · total %3 won</translation>
        </message>
        <message>
            <source>청구 기간 %1 ~ %2</source>
            <translation>Period %1 to %2</translation>
        </message>
        <message>
            <source>결제 %1 · %2원 · %3</source>
            <translation>Paid %1 · %2 won · %3</translation>
        </message>
        <message>
            <source>메모: %1</source>
            <translation>Memo: %1</translation>
        </message>
        <message>
            <source>청구서 %1</source>
            <translation>Invoice %1</translation>
        </message>
        <message>
            <source>PDF를 만들 수 없습니다</source>
            <translation>Cannot make the PDF</translation>
        </message>
        <message>
            <source>멈췄습니다. 아무것도 저장하거나 인쇄하지 않았습니다.</source>
            <translation>Stopped. Nothing was saved or printed.</translation>
        </message>
        <message>
            <source>PDF를 만드는 중…</source>
            <translation>Making the PDFs…</translation>
        </message>
        <message>
            <source>청구서 %1건</source>
            <translation>%1 invoices</translation>
        </message>
        <message>
            <source>PDF로 저장</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF 파일 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>청구서를 저장할 폴더</source>
            <translation>Folder for the invoices</translation>
        </message>
        <message>
            <source>엑셀로 내보내기</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>청구서.xlsx</source>
            <translation>invoices.xlsx</translation>
        </message>
        <message>
            <source>Excel 통합 문서 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>내보내지 못했습니다</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <source>내보냈습니다</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>청구서 %1건을 %2 에 저장했습니다.</source>
            <translation>Saved %1 invoices to %2.</translation>
        </message>
        <message>
            <source>청구 실행 중…</source>
            <translation>Billing run in progress…</translation>
        </message>
    </context>
    <context>
        <name>LicencesPanel</name>
        <message>
            <source>사용자 추가</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>비활성화</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>CSV 가져오기…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>라이선스 — %1</source>
            <translation>Licences — %1</translation>
        </message>
        <message>
            <source>라이선스</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>사이트를 고르면 라이선스가 보입니다.</source>
            <translation>Choose a site to see its licences.</translation>
        </message>
        <message>
            <source>무료 한도</source>
            <translation>Free limit</translation>
        </message>
        <message>
            <source>구매</source>
            <translation>Purchased</translation>
        </message>
        <message>
            <source>%1 %2석 · 사용자 %3명 · 남은 좌석 %4</source>
            <translation>%1 %2 seats · %3 users · %4 seats free</translation>
        </message>
        <message>
            <source>초과 사용 %1명</source>
            <translation>%1 over the limit</translation>
        </message>
        <message>
            <source>다시 활성화</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>Users</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>잠김</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>{name} 님의 화면이 잠겼습니다. 비밀번호를 입력하면 하던 일로 돌아갑니다.</source>
            <translation>{name}'s window is locked. Enter your password to go back to your work.</translation>
        </message>
        <message>
            <source>잠금 해제</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>프로그램 끝내기</source>
            <translation>Quit the application</translation>
        </message>
    </context>
    <context>
        <name>MailboxFields</name>
        <message>
            <source>지원 메일함 (IMAP)</source>
            <translation>Support mailbox (IMAP)</translation>
        </message>
        <message>
            <source>지원 메일 주소</source>
            <translation>Support address</translation>
        </message>
        <message>
            <source>프로젝트별 주소</source>
            <translation>Per-project address</translation>
        </message>
        <message>
            <source>IMAP 서버</source>
            <translation>IMAP server</translation>
        </message>
        <message>
            <source>IMAP 포트</source>
            <translation>IMAP port</translation>
        </message>
        <message>
            <source>IMAP 보안</source>
            <translation>IMAP security</translation>
        </message>
        <message>
            <source>SSL/TLS (바로 암호화, 993)</source>
            <translation>SSL/TLS (encrypted from the start, 993)</translation>
        </message>
        <message>
            <source>STARTTLS (143)</source>
            <translation>STARTTLS (143)</translation>
        </message>
        <message>
            <source>IMAP 로그인</source>
            <translation>IMAP login</translation>
        </message>
        <message>
            <source>IMAP 비밀번호</source>
            <translation>IMAP password</translation>
        </message>
        <message>
            <source>바꿀 때만 입력 (운영체제 키링에 저장)</source>
            <translation>Type only to change it (kept in the OS keyring)</translation>
        </message>
        <message>
            <source>읽을 폴더</source>
            <translation>Folder to read</translation>
        </message>
        <message>
            <source>처리한 메일을 옮길 폴더</source>
            <translation>Move handled mail to folder</translation>
        </message>
        <message>
            <source>비우면 서버에 그대로 둠 (지우지 않음)</source>
            <translation>Empty: leave it on the server (nothing is deleted)</translation>
        </message>
        <message>
            <source>새 메일 확인 간격 (분, 0: 수동)</source>
            <translation>Check for new mail every (minutes, 0: by hand)</translation>
        </message>
        <message>
            <source>연결 시험</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>서버 연결</source>
            <translation>server connection</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>로그인</source>
            <translation>login</translation>
        </message>
        <message>
            <source>폴더</source>
            <translation>folder</translation>
        </message>
        <message>
            <source>연결</source>
            <translation>connection</translation>
        </message>
        <message>
            <source>시험하는 중…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>실패 (%1): %2</source>
            <translation>Failed (%1): %2</translation>
        </message>
        <message>
            <source>실패: %1</source>
            <translation>Failed: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>오늘</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>고객 계정·사이트</source>
            <translation>Accounts &amp; sites</translation>
        </message>
        <message>
            <source>주문 계산기</source>
            <translation>Order calculator</translation>
        </message>
        <message>
            <source>견적</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <source>청구서</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>그룹사 조직도</source>
            <translation>Group org chart</translation>
        </message>
        <message>
            <source>할인코드</source>
            <translation>Discount codes</translation>
        </message>
        <message>
            <source>카탈로그</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <source>지원 요청</source>
            <translation>Support requests</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>감사 기록</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>견적 %1건</source>
            <translation>%1 quotes</translation>
        </message>
        <message>
            <source>할인코드 %1개</source>
            <translation>%1 discount codes</translation>
        </message>
        <message>
            <source>새로 고침</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>새로 만들기</source>
            <translation>New</translation>
        </message>
        <message>
            <source>파일(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>설정…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>끝내기</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>모두 검색…</source>
            <translation>Search everywhere…</translation>
        </message>
        <message>
            <source>도움말(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>정보</source>
            <translation>About</translation>
        </message>
        <message>
            <source>설정을 저장했습니다. 언어와 데이터베이스는 다시 시작하면 바뀝니다.</source>
            <translation>Settings saved. Language and database change at the next start.</translation>
        </message>
    </context>
    <context>
        <name>NamedUserDialog</name>
        <message>
            <source>사용자 편집</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <source>새 사용자</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>이름</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>이메일</source>
            <translation>Email</translation>
        </message>
    </context>
    <context>
        <name>NaverPanel</name>
        <message>
            <source>전환 예약</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>예약 취소</source>
            <translation>Cancel reservation</translation>
        </message>
        <message>
            <source>유료 전환 (W2)</source>
            <translation>Trial to paid (W2)</translation>
        </message>
        <message>
            <source>업그레이드 요청</source>
            <translation>Request upgrade</translation>
        </message>
        <message>
            <source>업그레이드 (W3)</source>
            <translation>Upgrade (W3)</translation>
        </message>
        <message>
            <source>+1TB</source>
            <translation>+1 TB</translation>
        </message>
        <message>
            <source>−1TB 반납</source>
            <translation>Return 1 TB</translation>
        </message>
        <message>
            <source>추가 저장공간 (W4)</source>
            <translation>Extra storage (W4)</translation>
        </message>
        <message>
            <source> · 업그레이드 요청됨: %1</source>
            <translation> · upgrade requested: %1</translation>
        </message>
        <message>
            <source>전환 예약: %1, %2</source>
            <translation>Reserved: %1 on %2</translation>
        </message>
        <message>
            <source>전환 예약 없음</source>
            <translation>No reservation</translation>
        </message>
        <message>
            <source>체험 종료일 %1</source>
            <translation>Trial ends %1</translation>
        </message>
        <message>
            <source>공용 저장공간 %1GB (추가 %2TB) · 사용 %3GB · LINE WORKS %4GB</source>
            <translation>Shared storage %1 GB (extra %2 TB) · used %3 GB · LINE WORKS %4 GB</translation>
        </message>
        <message>
            <source>Collabo 와 Collabo+ 는 업그레이드가 없습니다 (W3).</source>
            <translation>Collabo and Collabo+ have no upgrade (W3).</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>주문 — %1</source>
            <translation>Order — %1</translation>
        </message>
        <message>
            <source>이전</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>다음</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>주문 완료</source>
            <translation>Complete the order</translation>
        </message>
        <message>
            <source>견적서로 만들기</source>
            <translation>Make a quote instead</translation>
        </message>
        <message>
            <source>주문하지 않고 같은 가격으로 견적서를 만듭니다.</source>
            <translation>Makes a quote at the same prices without ordering.</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>1. 서비스 신청</source>
            <translation>1. Service application</translation>
        </message>
        <message>
            <source>2. 서비스 개설 정보</source>
            <translation>2. Opening details</translation>
        </message>
        <message>
            <source>3. 결제</source>
            <translation>3. Payment</translation>
        </message>
        <message>
            <source>새 사이트 %1: %2 %3 · %4명</source>
            <translation>New site %1: %2 %3 · %4 users</translation>
        </message>
        <message>
            <source> · 기간 연장</source>
            <translation> · extend the term</translation>
        </message>
        <message>
            <source>변경 %1: %2 %3 · %4명</source>
            <translation>Change %1: %2 %3 · %4 users</translation>
        </message>
        <message>
            <source>공급가액 %1원 · 부가세 %2원 · 합계 %3원</source>
            <translation>Supply %1 won · VAT %2 won · Total %3 won</translation>
        </message>
        <message>
            <source>결제할 금액: %1원 (부가세 포함)</source>
            <translation>Amount to pay: %1 won (VAT included)</translation>
        </message>
        <message>
            <source>계약 기간: %1 · %2개월분</source>
            <translation>Term: %1 · %2 months</translation>
        </message>
        <message>
            <source> (주문을 마치면 계정의 기간이 %1에서 바뀝니다)</source>
            <translation> (completing the order changes the account's term from %1)</translation>
        </message>
        <message>
            <source>새로 여는 사이트가 없어 개설 정보가 필요 없습니다.</source>
            <translation>No new site is opened, so no opening details are needed.</translation>
        </message>
        <message>
            <source>접속 주소(서브도메인)</source>
            <translation>Access address (sub-domain)</translation>
        </message>
        <message>
            <source>대표 관리자 이름</source>
            <translation>Representative admin name</translation>
        </message>
        <message>
            <source>대표 관리자 로그인 ID</source>
            <translation>Representative admin login ID</translation>
        </message>
        <message>
            <source>메일 도메인 (선택)</source>
            <translation>Mail domain (optional)</translation>
        </message>
        <message>
            <source>서비스 이용 약관과 개인정보 처리 방침에 동의합니다</source>
            <translation>I accept the terms of service and the privacy policy</translation>
        </message>
    </context>
    <context>
        <name>PanelModel</name>
        <message>
            <source>항목</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>규칙</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>금액</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>규칙: %1</source>
            <translation>Rule: %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>금액은 원 단위 정수로 입력하세요 (예: 110,000).</source>
            <translation>Enter the amount as whole won (e.g. 110,000).</translation>
        </message>
        <message>
            <source>결제 등록</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>청구서</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>%1 · %2원 (남은 금액 %3원)</source>
            <translation>%1 · %2 won (%3 won outstanding)</translation>
        </message>
        <message>
            <source>결제일</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>금액(원)</source>
            <translation>Amount (won)</translation>
        </message>
        <message>
            <source>결제 수단</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>메모</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>인쇄…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>PDF로 저장…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>PDF로 저장</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF 파일 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PricePanel</name>
        <message>
            <source>규칙 번호 보기 (직원용)</source>
            <translation>Show rule numbers (staff)</translation>
        </message>
        <message>
            <source>라이선스 %1 · %2명 × %3 × %4개월</source>
            <translation>Licences %1 · %2 users × %3 × %4 months</translation>
        </message>
        <message>
            <source>사용자 구간 할인 (%1)</source>
            <translation>Volume discount (%1)</translation>
        </message>
        <message>
            <source>연간 계약 할인 %1%</source>
            <translation>Annual discount %1%</translation>
        </message>
        <message>
            <source> × %1개월</source>
            <translation> × %1 months</translation>
        </message>
        <message>
            <source>설치비 (패키지 변경)</source>
            <translation>Setup fee (package change)</translation>
        </message>
        <message>
            <source>일할 계산: (%1 − %2) × %3/%4일</source>
            <translation>Pro rata: (%1 − %2) × %3/%4 days</translation>
        </message>
        <message>
            <source>계산할 수 없습니다</source>
            <translation>Cannot price this order</translation>
        </message>
        <message>
            <source>시작일 %1 (C4)</source>
            <translation>Starts %1 (C4)</translation>
        </message>
        <message>
            <source>무료 (P1)</source>
            <translation>Free (P1)</translation>
        </message>
        <message>
            <source>변경 없음</source>
            <translation>No change</translation>
        </message>
        <message>
            <source>소계</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>할인코드 %1</source>
            <translation>Discount code %1</translation>
        </message>
        <message>
            <source>공급가액</source>
            <translation>Supply amount</translation>
        </message>
        <message>
            <source>부가세 10%</source>
            <translation>VAT 10%</translation>
        </message>
        <message>
            <source>합계</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>1년 비용 비교 (공급가액)</source>
            <translation>One year compared (supply amount)</translation>
        </message>
        <message>
            <source>1개월 자동 결제 × 12개월</source>
            <translation>1-month auto-pay × 12 months</translation>
        </message>
        <message>
            <source>12개월 계약</source>
            <translation>12-month term</translation>
        </message>
        <message>
            <source>연간 계약 절감액</source>
            <translation>Saving with the 12-month term</translation>
        </message>
    </context>
    <context>
        <name>PriceVersionDialog</name>
        <message>
            <source>새 가격표</source>
            <translation>New price list</translation>
        </message>
        <message>
            <source>적용 시작일</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>상품</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>가격 (원)</source>
            <translation>Price (won)</translation>
        </message>
    </context>
    <context>
        <name>ProspectFields</name>
        <message>
            <source>견적 받는 분 (회사 이름)</source>
            <translation>Quote for (company name)</translation>
        </message>
        <message>
            <source>사업자등록번호 (예: 123-45-67891)</source>
            <translation>Registration number (e.g. 123-45-67891)</translation>
        </message>
        <message>
            <source>대표자</source>
            <translation>CEO</translation>
        </message>
        <message>
            <source>이메일</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>자세히</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>견적서에 넣을 사업자등록번호, 대표자, 이메일, 주소</source>
            <translation>Registration number, CEO, email and address for the quote</translation>
        </message>
    </context>
    <context>
        <name>QuotesView</name>
        <message>
            <source>미리보기·인쇄…</source>
            <translation>Preview and print…</translation>
        </message>
        <message>
            <source>메일 보내기…</source>
            <translation>Send by email…</translation>
        </message>
        <message>
            <source>계산기에서 고치기</source>
            <translation>Edit in calculator</translation>
        </message>
        <message>
            <source>보낸 견적을 고치면 같은 번호의 새 개정판이 됩니다.</source>
            <translation>Editing a sent quote makes a new revision under the same number.</translation>
        </message>
        <message>
            <source>오늘 가격으로 다시 계산</source>
            <translation>Re-price at today's prices</translation>
        </message>
        <message>
            <source>같은 주문을 오늘 가격으로 계산해 새 개정판을 만듭니다 (보낸 견적은 바뀌지 않음).</source>
            <translation>Prices the same order at today's prices as a new revision (a sent quote is never changed).</translation>
        </message>
        <message>
            <source>승인 → 주문</source>
            <translation>Accept → order</translation>
        </message>
        <message>
            <source>작성 중 견적 폐기…</source>
            <translation>Discard draft quote…</translation>
        </message>
        <message>
            <source>실수로 만든 작성 중 견적을 폐기합니다. 번호는 다시 쓰지 않으며, 보낸 견적은 그대로 남습니다.</source>
            <translation>Discards a draft quote made by mistake. Its number is not reused; a sent quote stays as it is.</translation>
        </message>
        <message>
            <source>보낼 편지함</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <source>다시 보내기</source>
            <translation>Send again</translation>
        </message>
        <message>
            <source>승인할 수 없습니다</source>
            <translation>Cannot accept</translation>
        </message>
        <message>
            <source>주문으로 만들었습니다</source>
            <translation>Order created</translation>
        </message>
        <message>
            <source>견적 %1 이(가) 주문 %2 (합계 %3원)이 되었습니다.</source>
            <translation>Quote %1 became order %2 (total %3 won).</translation>
        </message>
        <message>
            <source>견적 폐기</source>
            <translation>Discard quote</translation>
        </message>
        <message>
            <source>견적 %1 을(를) 폐기할까요? 목록에서 빠지며 번호는 다시 쓰지 않습니다.</source>
            <translation>Discard quote %1? It leaves the list and its number is not reused.</translation>
        </message>
        <message>
            <source>폐기할 수 없습니다</source>
            <translation>Cannot discard</translation>
        </message>
        <message>
            <source>고칠 수 없습니다</source>
            <translation>Cannot edit</translation>
        </message>
        <message>
            <source>승인되었거나 대체된 견적은 고칠 수 없습니다. 최신 개정판을 고르세요.</source>
            <translation>An accepted or superseded quote cannot be edited. Choose the latest revision.</translation>
        </message>
        <message>
            <source>다시 계산할 수 없습니다</source>
            <translation>Cannot re-price</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>새 %1 요청</source>
            <translation>New %1 request</translation>
        </message>
        <message>
            <source>고객 계정</source>
            <translation>Customer account</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>컨설팅 프로젝트</source>
            <translation>Consulting project</translation>
        </message>
        <message>
            <source>제목</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>질문</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>담당자</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>(지정 안 함)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>요청자 메일</source>
            <translation>Requester's mail</translation>
        </message>
        <message>
            <source>비우면 고객 계정의 메일 주소로 접수 안내를 보냅니다</source>
            <translation>Empty: the confirmation goes to the account's mail address</translation>
        </message>
        <message>
            <source>예약 작업</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>정한 시각에 (아니면 바로)</source>
            <translation>At a set time (otherwise now)</translation>
        </message>
        <message>
            <source>작업 일시</source>
            <translation>Work date and time</translation>
        </message>
        <message>
            <source>심각도 (1 가장 높음)</source>
            <translation>Severity (1 highest)</translation>
        </message>
        <message>
            <source>방향</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>입고</source>
            <translation>Inbound</translation>
        </message>
        <message>
            <source>출고</source>
            <translation>Outbound</translation>
        </message>
        <message>
            <source>운송사</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>운송장 번호</source>
            <translation>Tracking number</translation>
        </message>
        <message>
            <source>도착 예정일</source>
            <translation>Expected date</translation>
        </message>
        <message>
            <source>방문 일시</source>
            <translation>Visit date and time</translation>
        </message>
        <message>
            <source>이름</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>전화번호</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>방문자</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>고객 계정을 고르세요.</source>
            <translation>Choose the customer account.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>모두 검색</source>
            <translation>Search everywhere</translation>
        </message>
        <message>
            <source>계정, 사업자번호, 사이트, 도메인, 사용자 이메일, 견적·청구서 번호</source>
            <translation>Account, registration no., site, domain, user e-mail, quote or invoice no.</translation>
        </message>
        <message>
            <source>찾은 것이 없습니다.</source>
            <translation>Nothing found.</translation>
        </message>
    </context>
    <context>
        <name>SendQuoteDialog</name>
        <message>
            <source>견적서 메일 보내기</source>
            <translation>Send the quote by email</translation>
        </message>
        <message>
            <source>청구서 메일 보내기</source>
            <translation>Send invoice by email</translation>
        </message>
        <message>
            <source>보내기</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>계정에 알려진 주소가 없습니다. 아래에 주소를 입력하세요.</source>
            <translation>The account has no known address. Type addresses below.</translation>
        </message>
        <message>
            <source>받는 사람</source>
            <translation>To</translation>
        </message>
        <message>
            <source>다른 주소 (쉼표나 줄바꿈으로 구분)</source>
            <translation>Other addresses (separated by commas or new lines)</translation>
        </message>
        <message>
            <source>다른 주소</source>
            <translation>Other addresses</translation>
        </message>
        <message>
            <source>제목</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>받는 사람을 고르거나 주소를 입력하세요.</source>
            <translation>Choose a recipient or type an address.</translation>
        </message>
    </context>
    <context>
        <name>SessionGuard</name>
        <message>
            <source>직원(&amp;U)</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>잠금</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>비밀번호 바꾸기…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <source>PAA</source>
            <translation>PAA</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>비밀번호를 바꿨습니다.</source>
            <translation>Password changed.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>설정</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>화면 언어</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>데이터베이스 (파일 또는 URL)</source>
            <translation>Database (file or URL)</translation>
        </message>
        <message>
            <source>비우면 사용자 데이터 폴더의 기본 파일</source>
            <translation>Empty: the default file in the user's data folder</translation>
        </message>
        <message>
            <source>자동 잠금 (분, 0: 잠그지 않음)</source>
            <translation>Lock after idle (minutes, 0: never)</translation>
        </message>
        <message>
            <source>회사 (견적서·청구서 머리)</source>
            <translation>Company (letterhead of quotes and invoices)</translation>
        </message>
        <message>
            <source>대표자</source>
            <translation>CEO</translation>
        </message>
        <message>
            <source>PNG 또는 JPEG 파일</source>
            <translation>A PNG or JPEG file</translation>
        </message>
        <message>
            <source>이미지 (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>견적서</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <source>견적 유효 기간(일)</source>
            <translation>Quote valid for (days)</translation>
        </message>
        <message>
            <source>결제 조건</source>
            <translation>Payment terms</translation>
        </message>
        <message>
            <source>청구서</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>입금 계좌</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>은행 계좌번호 (예금주)</source>
            <translation>Bank, account number (holder)</translation>
        </message>
        <message>
            <source>납부 기한 (발행일 + 일)</source>
            <translation>Due (days after issue)</translation>
        </message>
        <message>
            <source>갱신 청구서 발행 (만료 며칠 전)</source>
            <translation>Renewal invoices (days before expiry)</translation>
        </message>
        <message>
            <source>PDF 글꼴</source>
            <translation>PDF font</translation>
        </message>
        <message>
            <source>한글 글꼴 파일</source>
            <translation>Korean font file</translation>
        </message>
        <message>
            <source>비우면 함께 설치된 나눔고딕 (.ttf/.ttc)</source>
            <translation>Empty: the bundled NanumGothic (.ttf/.ttc)</translation>
        </message>
        <message>
            <source>글꼴 (*.ttf *.ttc *.otf)</source>
            <translation>Fonts (*.ttf *.ttc *.otf)</translation>
        </message>
        <message>
            <source>회사 이름</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>Business registration number</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>전화</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>이메일</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>직인 이미지 (선택)</source>
            <translation>Seal image (optional)</translation>
        </message>
        <message>
            <source>메일 (SMTP)</source>
            <translation>Mail (SMTP)</translation>
        </message>
        <message>
            <source>SMTP 서버</source>
            <translation>SMTP server</translation>
        </message>
        <message>
            <source>포트</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>보안</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>없음</source>
            <translation>None</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>User</translation>
        </message>
        <message>
            <source>비밀번호</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>바꿀 때만 입력 (운영체제 키링에 저장)</source>
            <translation>Type only to change it (kept in the OS keyring)</translation>
        </message>
        <message>
            <source>보내는 주소</source>
            <translation>From address</translation>
        </message>
        <message>
            <source>제한 시간(초)</source>
            <translation>Time-out (seconds)</translation>
        </message>
        <message>
            <source>찾아보기…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>그 파일이 없습니다. 경로를 확인하거나 비워 두세요.</source>
            <translation>That file does not exist. Check the path or leave it empty.</translation>
        </message>
        <message>
            <source>보안 방식을 고르세요.</source>
            <translation>Choose a security mode.</translation>
        </message>
        <message>
            <source>운영체제 키링에 저장하지 못했습니다 (%1). 키링이 잠겨 있으면 풀고 다시 저장하세요.</source>
            <translation>Could not save to the system keyring (%1). If the keyring is locked, unlock it and save again.</translation>
        </message>
        <message>
            <source>비밀번호는 이번 실행 동안만</source>
            <translation>Password kept for this session only</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>{app} 로그인</source>
            <translation>Sign in to {app}</translation>
        </message>
        <message>
            <source>로그인 이름</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>비밀번호</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>로그인</source>
            <translation>Sign in</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>사이트 편집</source>
            <translation>Edit site</translation>
        </message>
        <message>
            <source>새 사이트</source>
            <translation>New site</translation>
        </message>
        <message>
            <source>사이트(회사) 이름</source>
            <translation>Site (company) name</translation>
        </message>
        <message>
            <source>공급사</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>패키지</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>에디션</source>
            <translation>Edition</translation>
        </message>
        <message>
            <source>사용자 수(라이선스)</source>
            <translation>Users (licences)</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>State</translation>
        </message>
        <message>
            <source>대표 관리자 이름</source>
            <translation>Representative admin name</translation>
        </message>
        <message>
            <source>대표 관리자 로그인 ID</source>
            <translation>Representative admin login ID</translation>
        </message>
        <message>
            <source>접속 주소(서브도메인)</source>
            <translation>Access address (sub-domain)</translation>
        </message>
        <message>
            <source>메일 도메인 (선택)</source>
            <translation>Mail domain (optional)</translation>
        </message>
        <message>
            <source>사용자 수 변경 사유</source>
            <translation>Reason for a seat change</translation>
        </message>
        <message>
            <source>개설된 사이트의 접속 주소는 바꿀 수 없습니다 (O4).</source>
            <translation>The access address of an opened site cannot change (O4).</translation>
        </message>
    </context>
    <context>
        <name>StaffView</name>
        <message>
            <source>새 직원</source>
            <translation>New staff user</translation>
        </message>
        <message>
            <source>조직 관리…</source>
            <translation>Teams…</translation>
        </message>
        <message>
            <source>지원 요청을 공유할 직원 묶음(조직)을 만들고 구성원을 정합니다 (T4).</source>
            <translation>Create the groups of staff (teams) that support requests are shared with, and choose their members (T4).</translation>
        </message>
        <message>
            <source>10자 이상</source>
            <translation>10 characters or more</translation>
        </message>
        <message>
            <source>로그인 이름</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>이름</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>처음 비밀번호</source>
            <translation>First password</translation>
        </message>
        <message>
            <source>PAA (주 관리자: 모든 권한)</source>
            <translation>PAA (primary administrator: every permission)</translation>
        </message>
        <message>
            <source>권한</source>
            <translation>Permissions</translation>
        </message>
        <message>
            <source>계정 범위</source>
            <translation>Account scope</translation>
        </message>
        <message>
            <source>모든 고객 계정</source>
            <translation>All customer accounts</translation>
        </message>
        <message>
            <source>고른 고객 계정만</source>
            <translation>Only the chosen customer accounts</translation>
        </message>
        <message>
            <source>모든 주문 (다른 직원이 만든 주문·견적도 보고 다룸)</source>
            <translation>All orders (also sees and handles orders and quotes other staff made)</translation>
        </message>
        <message>
            <source>저장</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>비활성화</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>비밀번호 재설정…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>PAA만 PAA를 지정할 수 있습니다 (S1).</source>
            <translation>Only a PAA makes a PAA (S1).</translation>
        </message>
        <message>
            <source>자신에게 없는 권한은 줄 수 없습니다 (S2).</source>
            <translation>You cannot grant a permission you do not hold (S2).</translation>
        </message>
        <message>
            <source>자신의 계정 범위 밖은 줄 수 없습니다 (S3).</source>
            <translation>You cannot grant beyond your own account scope (S3).</translation>
        </message>
        <message>
            <source>자신에게 없는 '모든 주문' 권한은 줄 수 없습니다 (S3).</source>
            <translation>You cannot grant 'all orders' without holding it (S3).</translation>
        </message>
        <message>
            <source>다른 직원의 비밀번호는 PAA만 재설정할 수 있습니다.</source>
            <translation>Only a PAA resets another user's password.</translation>
        </message>
        <message>
            <source>다시 활성화</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>비밀번호 재설정</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>{login} 의 새 비밀번호 (10자 이상). 다음 로그인 때 바꾸게 됩니다.</source>
            <translation>New password for {login} (10 characters or more). They change it at the next sign-in.</translation>
        </message>
        <message>
            <source>비밀번호를 재설정했습니다.</source>
            <translation>Password reset.</translation>
        </message>
    </context>
    <context>
        <name>SupportView</name>
        <message>
            <source>새 요청</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>새로 고침</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>열린 요청 엑셀로 내보내기…</source>
            <translation>Export open requests to Excel…</translation>
        </message>
        <message>
            <source>메일 받기</source>
            <translation>Fetch mail</translation>
        </message>
        <message>
            <source>메일 분류함…</source>
            <translation>Mail triage…</translation>
        </message>
        <message>
            <source>메일을 받지 못했습니다</source>
            <translation>Could not fetch mail</translation>
        </message>
        <message>
            <source>모든 유형</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>모든 상태</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>열린 요청</source>
            <translation>Open requests</translation>
        </message>
        <message>
            <source>모든 고객</source>
            <translation>All customers</translation>
        </message>
        <message>
            <source>모든 담당자</source>
            <translation>All assignees</translation>
        </message>
        <message>
            <source>(지정 안 됨)</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <source>모든 시계</source>
            <translation>All clocks</translation>
        </message>
        <message>
            <source>번호, 제목, 고객 검색</source>
            <translation>Search number, title, customer</translation>
        </message>
        <message>
            <source>%1건</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>엑셀로 내보내기</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel 통합 문서 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>내보내지 못했습니다</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>내보냈습니다</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>열린 지원 요청 %1건을 %2 에 저장했습니다.</source>
            <translation>Saved %1 open support requests to %2.</translation>
        </message>
    </context>
    <context>
        <name>TeamsDialog</name>
        <message>
            <source>조직 관리</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>조직은 지원 요청을 함께 보는 직원 묶음입니다. 요청을 조직과 공유하면 구성원 모두가 봅니다 (T4).</source>
            <translation>A team is a group of staff who see support requests together. A request shared with a team is seen by all its members (T4).</translation>
        </message>
        <message>
            <source>조직 이름</source>
            <translation>Team name</translation>
        </message>
        <message>
            <source>새 조직</source>
            <translation>New team</translation>
        </message>
        <message>
            <source>이름 바꾸기</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>구성원</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>추가</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>빼기</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TerminateSiteDialog</name>
        <message>
            <source>사이트 해지 — %1</source>
            <translation>Terminate site — %1</translation>
        </message>
        <message>
            <source>사이트 '%1' (%2) 을(를) 해지하면:
• 모든 사용자의 로그인이 막힙니다 (사용자 %3명).
• 공급사가 메일, 게시판, 파일 등 이 사이트의 데이터를 삭제합니다. 되돌릴 수 없습니다.
• 해지된 사이트로는 더 주문할 수 없습니다.

계속하려면 아래에 사이트 이름을 그대로 입력하세요.</source>
            <translation>Terminating site '%1' (%2):
• blocks every user's login (%3 users);
• the vendor deletes this site's data (mail, boards, files). This cannot be undone;
• a terminated site takes no more orders.

To continue, type the site's name below exactly.</translation>
        </message>
        <message>
            <source>사이트 이름</source>
            <translation>Site name</translation>
        </message>
        <message>
            <source>해지</source>
            <translation>Terminate</translation>
        </message>
    </context>
    <context>
        <name>TodayMailFields</name>
        <message>
            <source>오늘 할 일 요약 메일</source>
            <translation>Today summary mail</translation>
        </message>
        <message>
            <source>요약 메일</source>
            <translation>Summary mail</translation>
        </message>
        <message>
            <source>매일 내 '오늘 할 일'을 메일로 받기</source>
            <translation>Mail me my Today list every day</translation>
        </message>
        <message>
            <source>보내는 시각 (HH:MM)</source>
            <translation>Time of day (HH:MM)</translation>
        </message>
        <message>
            <source>받는 주소</source>
            <translation>Send to</translation>
        </message>
        <message>
            <source>비우면 직원 정보의 내 이메일 주소</source>
            <translation>Empty: my email address from the staff list</translation>
        </message>
        <message>
            <source>시각은 00:00–23:59 사이의 HH:MM 으로 쓰세요 (예: 08:00).</source>
            <translation>Write the time as HH:MM between 00:00 and 23:59 (for example 08:00).</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>결제 등록</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>열기</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>요금제 예약</source>
            <translation>Reserve a plan</translation>
        </message>
        <message>
            <source>다시 견적</source>
            <translation>Re-price quote</translation>
        </message>
        <message>
            <source>새로 고침</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>%1 오늘 할 일</source>
            <translation>Today, %1: what needs a person</translation>
        </message>
        <message>
            <source>… 외 %1건 (해당 섹션에서 모두 볼 수 있습니다)</source>
            <translation>… and %1 more (all of them in their section)</translation>
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>메일 분류함</source>
            <translation>Mail triage</translation>
        </message>
        <message>
            <source>받은 때</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>보낸 사람</source>
            <translation>From</translation>
        </message>
        <message>
            <source>받는 주소</source>
            <translation>To</translation>
        </message>
        <message>
            <source>제목</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>이유</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>계정</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>요청</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>붙이기</source>
            <translation>Attach</translation>
        </message>
        <message>
            <source>버리기…</source>
            <translation>Discard…</translation>
        </message>
        <message>
            <source>지금 메일 받기</source>
            <translation>Fetch mail now</translation>
        </message>
        <message>
            <source>모르는 보낸 사람</source>
            <translation>unknown sender</translation>
        </message>
        <message>
            <source>모르는 태그</source>
            <translation>unknown tag</translation>
        </message>
        <message>
            <source>기다리는 메일 %1통</source>
            <translation>%1 mails waiting</translation>
        </message>
        <message>
            <source>새 컨설팅 요청 열기</source>
            <translation>Open a new consulting request</translation>
        </message>
        <message>
            <source>붙일 수 없습니다</source>
            <translation>Cannot attach</translation>
        </message>
        <message>
            <source>%1 에 붙였습니다.</source>
            <translation>Attached to %1.</translation>
        </message>
        <message>
            <source>메일 버리기</source>
            <translation>Discard mail</translation>
        </message>
        <message>
            <source>버리는 이유 (감사 기록에 남습니다)</source>
            <translation>Why discard it (kept in the audit log)</translation>
        </message>
        <message>
            <source>버릴 수 없습니다</source>
            <translation>Cannot discard</translation>
        </message>
        <message>
            <source>메일을 받는 중…</source>
            <translation>Fetching mail…</translation>
        </message>
        <message>
            <source>새 메일 %1통을 받았습니다.</source>
            <translation>%1 new mails received.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>예기치 못한 오류가 났습니다. 작업은 저장되지 않았을 수 있습니다.
오류 내용을 %1 에 저장했습니다.</source>
            <translation>An unexpected error occurred. The work may not have been saved.
The details were saved to %1.</translation>
        </message>
    </context>
    <context>
        <name>background</name>
        <message>
            <source>멈추기</source>
            <translation>Stop</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>이름</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>이메일</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>접속 주소</source>
            <translation>Access address</translation>
        </message>
        <message>
            <source>공급사</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>패키지</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>라이선스</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>State</translation>
        </message>
        <message>
            <source>신규</source>
            <translation>New</translation>
        </message>
        <message>
            <source>추가/변경/연장</source>
            <translation>Add/change/extend</translation>
        </message>
        <message>
            <source>완료</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>주문일</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>종류</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>합계</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>회사</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>회사 ID</source>
            <translation>Company ID</translation>
        </message>
        <message>
            <source>로그인 주소</source>
            <translation>Login address</translation>
        </message>
        <message>
            <source>법인카드</source>
            <translation>Corporate cards</translation>
        </message>
        <message>
            <source>고객 계정</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>가격 정책</source>
            <translation>Pricing</translation>
        </message>
        <message>
            <source>만료일</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <source>사용자당 월</source>
            <translation>per user per month</translation>
        </message>
        <message>
            <source>월</source>
            <translation>per month</translation>
        </message>
        <message>
            <source>1회</source>
            <translation>once</translation>
        </message>
        <message>
            <source>라이선스당 월</source>
            <translation>per licence per month</translation>
        </message>
        <message>
            <source>표본값 (sample)</source>
            <translation>Sample value</translation>
        </message>
        <message>
            <source>공식 가격</source>
            <translation>Vendor price</translation>
        </message>
        <message>
            <source>상품</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>과금</source>
            <translation>Billing</translation>
        </message>
        <message>
            <source>가격</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>출처</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>코드</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>할인</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>기간</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>사용</source>
            <translation>Uses</translation>
        </message>
        <message>
            <source>최소 사용자</source>
            <translation>Min. users</translation>
        </message>
        <message>
            <source>적용 상품</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>견적 번호</source>
            <translation>Quote no.</translation>
        </message>
        <message>
            <source>청구서 번호</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>고객</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>발행일</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>납부 기한</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>결제</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>견적일</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>유효 기간</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>받는 사람</source>
            <translation>To</translation>
        </message>
        <message>
            <source>제목</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>시도</source>
            <translation>Tries</translation>
        </message>
        <message>
            <source>마지막 오류</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>번호</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>유형</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>담당자</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>기한</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>남은 시간</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>시계 상태</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>일시</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>작업</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>대상</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>변경 내용</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>모든 계정</source>
            <translation>All accounts</translation>
        </message>
        <message>
            <source>로그인</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>권한</source>
            <translation>Permissions</translation>
        </message>
        <message>
            <source>계정 범위</source>
            <translation>Account scope</translation>
        </message>
        <message>
            <source>모든 주문</source>
            <translation>All orders</translation>
        </message>
        <message>
            <source>사용 중</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>비활성</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>대기</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>체험</source>
            <translation>Trial</translation>
        </message>
        <message>
            <source>사용 중</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>초과 사용 중</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>만료</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>해지</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <source>다우오피스</source>
            <translation>DaouOffice</translation>
        </message>
        <message>
            <source>네이버웍스</source>
            <translation>NAVER WORKPLACE</translation>
        </message>
        <message>
            <source>무료</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>스탠다드</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>프리미엄</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>서비스형</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>엔터프라이즈형</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>4.0 정책</source>
            <translation>4.0 policy</translation>
        </message>
        <message>
            <source>기존 고객(legacy)</source>
            <translation>Legacy customer</translation>
        </message>
        <message>
            <source>1개월 자동 결제</source>
            <translation>1 month, auto-pay</translation>
        </message>
        <message>
            <source>12개월</source>
            <translation>12 months</translation>
        </message>
        <message>
            <source>사용</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>비활성</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>작성 중</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>보냄</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>승인</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>새 개정판으로 대체</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>폐기</source>
            <translation>Discarded</translation>
        </message>
        <message>
            <source>실패</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>카드</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>계좌이체</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>무통장입금 (가상계좌)</source>
            <translation>Virtual account deposit</translation>
        </message>
        <message>
            <source>현금</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>미결제</source>
            <translation>Unpaid</translation>
        </message>
        <message>
            <source>부분 결제</source>
            <translation>Partially paid</translation>
        </message>
        <message>
            <source>결제 완료</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>연체</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>주문</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>갱신</source>
            <translation>Renewal</translation>
        </message>
        <message>
            <source>사용량</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>정정(취소)</source>
            <translation>Credit note</translation>
        </message>
        <message>
            <source>그룹사 전체</source>
            <translation>Whole group</translation>
        </message>
        <message>
            <source>내 회사</source>
            <translation>Own company</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>%1원</source>
            <translation>%1 won</translation>
        </message>
    </context>
    <context>
        <name>pdf_preview</name>
        <message>
            <source>저장하지 못했습니다</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>PDF를 만들 수 없습니다</source>
            <translation>Cannot make the PDF</translation>
        </message>
        <message>
            <source>인쇄하지 못했습니다</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>프린터가 인쇄를 시작하지 못했습니다. 프린터 연결과 설정을 확인하세요.</source>
            <translation>The printer did not start the job. Check the printer's connection and settings.</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <source>'%1' 권한이 없습니다. PAA(주 관리자)에게 요청하세요.</source>
            <translation>You do not hold the '%1' permission. Ask a PAA (primary administrator).</translation>
        </message>
    </context>
    <context>
        <name>quote_actions</name>
        <message>
            <source>견적서 %1</source>
            <translation>Quote %1</translation>
        </message>
        <message>
            <source>메일 보내기…</source>
            <translation>Send by email…</translation>
        </message>
        <message>
            <source>메일을 보냈습니다</source>
            <translation>Mail sent</translation>
        </message>
        <message>
            <source>메일을 보냈습니다.</source>
            <translation>The mail was sent.</translation>
        </message>
        <message>
            <source>메일을 보내지 못했습니다</source>
            <translation>Mail not sent</translation>
        </message>
        <message>
            <source>메일은 보낼함에 남아 있습니다. 설정을 고친 뒤 견적 화면의 보낼함에서 다시 보내세요.</source>
            <translation>The mail stays in the outbox. Correct the settings, then send it again from the outbox in Quotes.</translation>
        </message>
    </context>
    <context>
        <name>support</name>
        <message>
            <source>원격 지원</source>
            <translation>Remote hands</translation>
        </message>
        <message>
            <source>장애</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>배송</source>
            <translation>Shipping</translation>
        </message>
        <message>
            <source>방문</source>
            <translation>Site visit</translation>
        </message>
        <message>
            <source>컨설팅</source>
            <translation>Consulting</translation>
        </message>
        <message>
            <source>접수</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>처리 중</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>고객 대기</source>
            <translation>Waiting for customer</translation>
        </message>
        <message>
            <source>해결</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>종료</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>응답</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>방문 확정</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>진행</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>일시 정지</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>준수</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>초과</source>
            <translation>Breached</translation>
        </message>
        <message>
            <source>위험</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>답변</source>
            <translation>Staff reply</translation>
        </message>
        <message>
            <source>고객 메시지</source>
            <translation>Customer message</translation>
        </message>
        <message>
            <source>내부 메모</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>%1 남음</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>%1 초과</source>
            <translation>%1 over</translation>
        </message>
        <message>
            <source>요청 유형을 고르세요: 원격 지원, 장애, 배송, 방문, 컨설팅.</source>
            <translation>Choose the request type: remote hands, incident, shipping, site visit, consulting.</translation>
        </message>
        <message>
            <source>고객 계정을 고르세요.</source>
            <translation>Choose the customer account.</translation>
        </message>
        <message>
            <source>제목을 입력하세요.</source>
            <translation>Enter a title.</translation>
        </message>
        <message>
            <source>심각도를 1(가장 높음)–4 중에서 고르세요.</source>
            <translation>Choose a severity from 1 (highest) to 4.</translation>
        </message>
        <message>
            <source>요청자 메일 주소를 확인하세요.</source>
            <translation>Check the requester's mail address.</translation>
        </message>
        <message>
            <source>담당자를 목록에서 고르세요.</source>
            <translation>Choose the assignee from the list.</translation>
        </message>
        <message>
            <source>제목은 200자까지입니다.</source>
            <translation>The title takes at most 200 characters.</translation>
        </message>
        <message>
            <source>이 계정의 사이트를 고르세요.</source>
            <translation>Choose a site of this account.</translation>
        </message>
        <message>
            <source>입고(in) 또는 출고(out)를 고르세요.</source>
            <translation>Choose inbound (in) or outbound (out).</translation>
        </message>
        <message>
            <source>운송사를 입력하세요.</source>
            <translation>Enter the carrier.</translation>
        </message>
        <message>
            <source>도착 예정일을 입력하세요.</source>
            <translation>Enter the expected date.</translation>
        </message>
        <message>
            <source>방문 일시를 입력하세요.</source>
            <translation>Enter the visit's date and time.</translation>
        </message>
        <message>
            <source>방문자마다 이름과 전화번호를 입력하세요.</source>
            <translation>Enter a name and a phone number for every visitor.</translation>
        </message>
        <message>
            <source>컨설팅 요청에는 이 계정의 컨설팅 프로젝트가 필요합니다. 온라인 컨설팅 상품을 주문하면 만들어집니다 (T6).</source>
            <translation>A consulting request needs this account's consulting project. It is made when the account orders the online-consulting product (T6).</translation>
        </message>
        <message>
            <source>그 지원 요청을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That support request was not found. Refresh the list.</translation>
        </message>
        <message>
            <source>지원 요청 {number} 을(를) 그사이 다른 사용자가 바꿨습니다. 다시 열어 최신 내용에서 고치세요.</source>
            <translation>Support request {number} was changed by another user meanwhile. Open it again and edit the latest version.</translation>
        </message>
        <message>
            <source>{number}: {current} 에서 {new}(으)로 바꿀 수 없습니다. 가능한 변경: {allowed} (T1).</source>
            <translation>{number}: cannot move from {current} to {new}. Allowed: {allowed} (T1).</translation>
        </message>
        <message>
            <source>{number} 은(는) {current} 상태라 답변할 수 없습니다 (T1).</source>
            <translation>{number} is {current}: it cannot be answered (T1).</translation>
        </message>
        <message>
            <source>{number} 은(는) 해결한 지 7일이 지나 다시 열 수 없습니다. 가능한 변경: {allowed} (T1). 새 요청을 여세요.</source>
            <translation>{number} was resolved more than 7 days ago and cannot be reopened. Allowed: {allowed} (T1). Open a new request.</translation>
        </message>
        <message>
            <source>{number} 은(는) {current} 상태로 끝났습니다. 더 바꿀 수 없습니다 (T1).</source>
            <translation>{number} ended as {current}; it cannot change any more (T1).</translation>
        </message>
        <message>
            <source>메시지 종류는 답변, 고객 메시지, 내부 메모 중 하나입니다.</source>
            <translation>A message is a staff reply, a customer message or an internal note.</translation>
        </message>
        <message>
            <source>내용을 입력하세요.</source>
            <translation>Enter the text.</translation>
        </message>
        <message>
            <source>{number} 은(는) {current} 상태로 끝나서 고칠 수 없습니다 (T1). 새 요청을 여세요.</source>
            <translation>{number} has ended as {current} and can no longer be edited (T1). Open a new request.</translation>
        </message>
        <message>
            <source>{name} 은(는) {size} 라서 첨부할 수 없습니다. 첨부 파일은 하나에 10 MB 까지입니다 (T3). 파일을 나누거나 압축하세요.</source>
            <translation>{name} is {size} and cannot be attached: attachments take at most 10 MB each (T3). Split or compress the file.</translation>
        </message>
        <message>
            <source>{name} 은(는) 빈 파일이라 첨부하지 않았습니다.</source>
            <translation>{name} is empty and was not attached.</translation>
        </message>
        <message>
            <source>그 첨부 파일을 찾을 수 없습니다.</source>
            <translation>That attachment was not found.</translation>
        </message>
        <message>
            <source>첨부 파일 {name} 이(가) 손상되었습니다 (체크섬 불일치). 원본을 다시 첨부하세요.</source>
            <translation>The attachment {name} is damaged (checksum mismatch). Attach the original again.</translation>
        </message>
        <message>
            <source>그 공유는 이미 없습니다.</source>
            <translation>That share no longer exists.</translation>
        </message>
        <message>
            <source>파일 이름이 없습니다.</source>
            <translation>The file has no name.</translation>
        </message>
        <message>
            <source>공유할 직원이나 조직을 하나 고르세요.</source>
            <translation>Choose one staff user or team to share with.</translation>
        </message>
        <message>
            <source>그 직원을 찾을 수 없습니다.</source>
            <translation>That staff user was not found.</translation>
        </message>
        <message>
            <source>그 조직을 찾을 수 없습니다.</source>
            <translation>That team was not found.</translation>
        </message>
        <message>
            <source>조직 이름을 입력하세요.</source>
            <translation>Enter the team's name.</translation>
        </message>
        <message>
            <source>같은 이름의 조직이 이미 있습니다.</source>
            <translation>A team with that name exists already.</translation>
        </message>
        <message>
            <source>{number} 에는 요청자 메일 주소가 없어 메일로 답할 수 없습니다. 요청자 주소를 넣거나 답변으로만 기록하세요.</source>
            <translation>{number} has no requester address, so it cannot be answered by mail. Add the requester's address or record the reply only.</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>계정·사이트</source>
            <translation>Accounts and sites</translation>
        </message>
        <message>
            <source>라이선스</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>주문</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>견적</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <source>인보이스</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>결제</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>그룹사</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>지원 요청</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>카탈로그</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>{name} 님의 계정은 비활성화되었습니다. 다른 직원으로 로그인하거나 PAA(주 관리자)에게 문의하세요.</source>
            <translation>{name}'s account has been deactivated. Sign in as another staff user or ask a PAA (primary administrator).</translation>
        </message>
        <message>
            <source>{name} 님에게는 '{feature}' 권한이 없습니다. PAA(주 관리자)에게 권한을 요청하세요.</source>
            <translation>{name} lacks the '{feature}' permission. Ask a PAA (primary administrator) for it.</translation>
        </message>
        <message>
            <source>{name} 님의 계정 범위에 '{account}' 고객 계정이 없습니다 (S3). PAA(주 관리자)에게 범위를 요청하세요.</source>
            <translation>The customer account '{account}' is outside {name}'s account scope (S3). Ask a PAA (primary administrator) to widen it.</translation>
        </message>
        <message>
            <source>다른 직원이 만든 주문·견적입니다. {name} 님에게는 '모든 주문' 권한이 없습니다 (S3). PAA(주 관리자)에게 요청하세요.</source>
            <translation>Another staff user made this order or quote, and {name} does not hold 'all orders' (S3). Ask a PAA (primary administrator).</translation>
        </message>
        <message>
            <source>{name} 님은 일부 고객 계정만 다룰 수 있어 이 작업(모든 계정에 걸친 작업)을 할 수 없습니다 (S3). PAA(주 관리자)에게 요청하세요.</source>
            <translation>{name} may work on some customer accounts only, so cannot do this (it reaches beyond them) (S3). Ask a PAA (primary administrator).</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>회사 이름을 입력하세요.</source>
            <translation>Enter the company name.</translation>
        </message>
        <message>
            <source>{problem} (K-BRN)</source>
            <translation>{problem} (K-BRN)</translation>
        </message>
        <message>
            <source>가격 정책은 4.0 또는 legacy 입니다.</source>
            <translation>The pricing policy is 4.0 or legacy.</translation>
        </message>
        <message>
            <source>계약 기간은 1개월 또는 12개월입니다 (C2).</source>
            <translation>The term is 1 or 12 months (C2).</translation>
        </message>
        <message>
            <source>대표자</source>
            <translation>The CEO name</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>The address</translation>
        </message>
        <message>
            <source>전화번호</source>
            <translation>The phone number</translation>
        </message>
        <message>
            <source>그 고객 계정을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That customer account cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>'{key}' 인 고객 계정이 없습니다. 사업자등록번호(10자리)로 지정하세요.</source>
            <translation>There is no customer account '{key}'. Name it by its registration number (10 digits).</translation>
        </message>
        <message>
            <source>회사 이름</source>
            <translation>The company name</translation>
        </message>
        <message>
            <source>'{key}' 인 고객 계정이 여러 개 있습니다. 사업자등록번호(10자리)로 지정하세요.</source>
            <translation>There are several customer accounts '{key}'. Name it by its registration number (10 digits).</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>고객 계정</source>
            <translation>Customer account</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>지정 사용자</source>
            <translation>Named user</translation>
        </message>
        <message>
            <source>주문</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>견적</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>청구서</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>메일</source>
            <translation>Mail</translation>
        </message>
        <message>
            <source>카탈로그</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <source>할인 코드</source>
            <translation>Discount code</translation>
        </message>
        <message>
            <source>그룹사</source>
            <translation>Group company</translation>
        </message>
        <message>
            <source>그룹 조직도</source>
            <translation>Group org chart</translation>
        </message>
        <message>
            <source>부서</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>임직원</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>직원</source>
            <translation>Staff user</translation>
        </message>
        <message>
            <source>지원 요청</source>
            <translation>Support request</translation>
        </message>
        <message>
            <source>컨설팅 프로젝트</source>
            <translation>Consulting project</translation>
        </message>
        <message>
            <source>직원 팀</source>
            <translation>Staff team</translation>
        </message>
        <message>
            <source>생성</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>발송 대기</source>
            <translation>Queued for sending</translation>
        </message>
        <message>
            <source>발송</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>해지</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <source>활성화</source>
            <translation>Activated</translation>
        </message>
        <message>
            <source>비활성화</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>가져오기</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>첨부</source>
            <translation>Attached</translation>
        </message>
        <message>
            <source>공유</source>
            <translation>Shared</translation>
        </message>
        <message>
            <source>공유 해제</source>
            <translation>Unshared</translation>
        </message>
        <message>
            <source>배치 저장</source>
            <translation>Layout saved</translation>
        </message>
        <message>
            <source>이름 변경</source>
            <translation>Renamed</translation>
        </message>
        <message>
            <source>제거</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>보냄 표시</source>
            <translation>Marked as sent</translation>
        </message>
        <message>
            <source>폐기</source>
            <translation>Discarded</translation>
        </message>
        <message>
            <source>수락</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>비밀번호 초기화</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>비밀번호 변경</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>무상 갱신</source>
            <translation>Renewed free of charge</translation>
        </message>
        <message>
            <source>상태 변경</source>
            <translation>State changed</translation>
        </message>
        <message>
            <source>처리 상태 변경</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>담당자 지정</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>메시지 추가</source>
            <translation>Message added</translation>
        </message>
        <message>
            <source>발행</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>입금</source>
            <translation>Payment recorded</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>다시 연결</source>
            <translation>Relinked</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>종료</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>분류 대기</source>
            <translation>Set aside for triage</translation>
        </message>
        <message>
            <source>전환 예약</source>
            <translation>Conversion reserved</translation>
        </message>
        <message>
            <source>예약 취소</source>
            <translation>Reservation cancelled</translation>
        </message>
        <message>
            <source>업그레이드 요청</source>
            <translation>Upgrade requested</translation>
        </message>
        <message>
            <source>저장공간 변경</source>
            <translation>Storage changed</translation>
        </message>
        <message>
            <source>내용 수정</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>구성원 추가</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>구성원 제외</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <source>오늘 요약 메일 발송 대기</source>
            <translation>Today summary mail queued</translation>
        </message>
        <message>
            <source>일시</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>작업</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>대상</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>번호</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>변경 내용</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>billing</name>
        <message>
            <source>{day} 청구 실행: 청구서 {issued}건 발행, 사이트 상태 {states}건 변경.</source>
            <translation>Billing run {day}: {issued} invoice(s) issued, {states} site state(s) changed.</translation>
        </message>
        <message>
            <source>  발행 {number}</source>
            <translation>  issued {number}</translation>
        </message>
        <message>
            <source>  실패 {account}: {why} (이 계정은 아무것도 바뀌지 않았습니다)</source>
            <translation>  failed {account}: {why} (nothing changed for this account)</translation>
        </message>
        <message>
            <source>청구 실행</source>
            <translation>The billing run</translation>
        </message>
        <message>
            <source>  {done}개 계정을 처리한 뒤 멈췄습니다. 다시 실행하면 나머지를 처리합니다 (이미 발행한 것은 다시 발행하지 않습니다).</source>
            <translation>  Stopped after {done} account(s). Run again to do the rest (what was issued is not issued again).</translation>
        </message>
        <message>
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
    </context>
    <context>
        <name>billing_rules</name>
        <message>
            <source>취소(정정)된 청구서에는 결제를 등록할 수 없습니다. 새 청구서에 등록하세요.</source>
            <translation>A voided (corrected) invoice takes no payment. Record it on the new invoice.</translation>
        </message>
        <message>
            <source>이미 모두 결제된 청구서입니다.</source>
            <translation>This invoice is already paid in full.</translation>
        </message>
        <message>
            <source>결제 금액은 1원 이상의 정수입니다.</source>
            <translation>The payment is a whole number of won, 1 or more.</translation>
        </message>
        <message>
            <source>결제 금액 {amount:,}원이 남은 금액 {outstanding:,}원보다 큽니다. 초과 결제는 받지 않습니다: {outstanding:,}원을 등록하고 차액은 환불하세요.</source>
            <translation>The payment of {amount:,} won is more than the {outstanding:,} won left to pay. Over-payments are not accepted: record {outstanding:,} won and refund the difference.</translation>
        </message>
    </context>
    <context>
        <name>business_number</name>
        <message>
            <source>사업자등록번호를 입력하세요 (예: 123-45-67891).</source>
            <translation>Enter the business registration number (e.g. 123-45-67891).</translation>
        </message>
        <message>
            <source>사업자등록번호는 숫자 10자리입니다 (형식 XXX-XX-XXXXX).</source>
            <translation>The business registration number has 10 digits (format XXX-XX-XXXXX).</translation>
        </message>
        <message>
            <source>사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요.</source>
            <translation>The check digit (the last digit) of the business registration number does not match. Check the number.</translation>
        </message>
    </context>
    <context>
        <name>calculator</name>
        <message>
            <source>만료되었거나 해지된 사이트는 주문할 수 없습니다 (O2). 공급사에 재개설을 문의하세요.</source>
            <translation>An expired or terminated site takes no order (O2). Ask the vendor to reopen it.</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>가격은 0 이상의 정수(원)여야 합니다.</source>
            <translation>A price is a whole number of won, 0 or more.</translation>
        </message>
        <message>
            <source>알 수 없는 카탈로그 '{catalog}' 입니다.</source>
            <translation>Unknown catalog '{catalog}'.</translation>
        </message>
        <message>
            <source>{package} 설치비</source>
            <translation>{package} setup fee</translation>
        </message>
        <message>
            <source>{day} 부터 적용되는 가격표가 이미 있습니다. 다른 날짜를 고르세요.</source>
            <translation>There is already a price list effective from {day}. Choose another date.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>청구서 {count}건을 {path} 에 저장했습니다.</source>
            <translation>Saved {count} invoice(s) to {path}.</translation>
        </message>
        <message>
            <source>--status '{status}' 는 없는 상태입니다. {choices} 중 하나를 쓰세요.</source>
            <translation>--status '{status}' is not a status. Use one of {choices}.</translation>
        </message>
        <message>
            <source>{option} '{text}' 는 날짜가 아닙니다. YYYY-MM-DD 로 적으세요 (예: 2026-12-01).</source>
            <translation>{option} '{text}' is not a date. Write YYYY-MM-DD (e.g. 2026-12-01).</translation>
        </message>
        <message>
            <source>데모 고객 계정 {count}개를 {where} 에 넣었습니다.</source>
            <translation>Added {count} demo customer account(s) to {where}.</translation>
        </message>
        <message>
            <source>{path} 를 읽을 수 없습니다.</source>
            <translation>Cannot read {path}.</translation>
        </message>
        <message>
            <source>{path} 는 UTF-8 텍스트가 아닙니다.</source>
            <translation>{path} is not UTF-8 text.</translation>
        </message>
        <message>
            <source>견적 초안 (합계 {total:,}원)을 {path} 에 저장했습니다. 번호를 받아 기록하려면 --db 를 주세요.</source>
            <translation>Saved a draft quote (total {total:,} won) to {path}. Give --db to number and record it.</translation>
        </message>
        <message>
            <source>견적 {number} (합계 {total:,}원)을 기록하고 {path} 에 저장했습니다.</source>
            <translation>Recorded quote {number} (total {total:,} won) and saved it to {path}.</translation>
        </message>
        <message>
            <source>'{login}' 의 비밀번호가 없습니다. 환경 변수 {env} 에 넣거나 터미널에서 실행해 입력하세요.</source>
            <translation>No password for '{login}'. Put it in the environment variable {env} or run on a terminal to type it.</translation>
        </message>
        <message>
            <source>'{login}' 의 비밀번호는 재설정되었습니다. 먼저 `staff password {login} --password-stdin --as {login}` 으로 새 비밀번호를 정하세요.</source>
            <translation>The password of '{login}' was reset. First choose a new one with `staff password {login} --password-stdin --as {login}`.</translation>
        </message>
        <message>
            <source>{login} 의 비밀번호: </source>
            <translation>Password for {login}: </translation>
        </message>
        <message>
            <source>이 데이터베이스에는 직원이 여럿이거나 비밀번호가 있어 로그인이 필요합니다. --as 로그인이름 을 붙이고 비밀번호는 {env} 환경 변수나 터미널에서 주세요 (S7).</source>
            <translation>This database has several staff users or a password: sign in. Add --as LOGIN and give the password in the environment variable {env} or on a terminal (S7).</translation>
        </message>
        <message>
            <source>--password-stdin: 표준 입력의 첫 줄에 비밀번호를 주세요.</source>
            <translation>--password-stdin: give the password on the first line of standard input.</translation>
        </message>
        <message>
            <source>'{login}' 의 비밀번호를 바꿨습니다.</source>
            <translation>Changed the password of '{login}'.</translation>
        </message>
        <message>
            <source>직원 '{login}' ({name}) 을 추가했습니다.</source>
            <translation>Added staff user '{login}' ({name}).</translation>
        </message>
        <message>
            <source>직원 '{login}' 을 비활성화했습니다.</source>
            <translation>Deactivated staff user '{login}'.</translation>
        </message>
        <message>
            <source>'{name}' 라는 권한은 없습니다. {names} 중에서 고르세요.</source>
            <translation>There is no permission '{name}'. Choose from {names}.</translation>
        </message>
    </context>
    <context>
        <name>cli.today</name>
        <message>
            <source>{day} 오늘 할 일</source>
            <translation>Today, {day}: what needs a person</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>다른 직원이 그사이 같은 내용을 바꿨습니다. 아무것도 저장되지 않았습니다. 화면을 새로 고쳐 최신 내용을 확인한 뒤 다시 고치세요.</source>
            <translation>A colleague changed the same data meanwhile. Nothing was saved. Refresh the screen, check the latest data, then edit again.</translation>
        </message>
        <message>
            <source>데이터베이스가 이 저장을 거부했습니다({what}). 아무것도 저장되지 않았습니다. 화면을 새로 고친 뒤 다시 하세요.</source>
            <translation>The database refused this save ({what}). Nothing was saved. Refresh the screen and try again.</translation>
        </message>
        <message>
            <source>다른 직원의 작업과 동시에 저장하려 해서 이번 저장은 취소되었습니다. 아무것도 저장되지 않았습니다. 다시 하세요.</source>
            <translation>This save collided with a colleague's work at the same moment and was cancelled. Nothing was saved. Try again.</translation>
        </message>
        <message>
            <source>같은 값({what})이 그사이 다른 직원에 의해 이미 저장되었습니다. 아무것도 저장되지 않았습니다. 화면을 새로 고친 뒤 다시 하세요.</source>
            <translation>A colleague saved the same value ({what}) meanwhile. Nothing was saved. Refresh the screen and try again.</translation>
        </message>
        <message>
            <source>이 작업이 가리키는 내용({what})을 그사이 다른 직원이 바꾸거나 없앴습니다. 아무것도 저장되지 않았습니다. 화면을 새로 고친 뒤 다시 하세요.</source>
            <translation>A colleague changed or removed what this refers to ({what}) meanwhile. Nothing was saved. Refresh the screen and try again.</translation>
        </message>
        <message>
            <source>데이터베이스 오류({where}): {error}</source>
            <translation>Database error ({where}): {error}</translation>
        </message>
        <message>
            <source>데이터베이스({where})를 다른 프로그램이 사용 중입니다. 잠시 후 다시 시도하거나, 그 파일을 연 다른 Reseller Desk 창을 닫으세요. 아무것도 저장되지 않았습니다.</source>
            <translation>The database ({where}) is in use by another program. Try again in a moment, or close the other Reseller Desk window that has the file open. Nothing was saved.</translation>
        </message>
        <message>
            <source>{where} 파일은 Reseller Desk 데이터베이스가 아니거나 손상되었습니다. --db 로 다른 파일을 고르거나 백업에서 복원하세요.</source>
            <translation>The file {where} is not a Reseller Desk database or is damaged. Choose another file with --db or restore a backup.</translation>
        </message>
        <message>
            <source>데이터베이스 파일({where})을 열거나 쓸 수 없습니다. 파일과 폴더의 권한을 확인하거나 --db 로 쓸 수 있는 위치를 고르세요.</source>
            <translation>The database file ({where}) cannot be opened or written. Check the permissions of the file and its folder, or choose a writable place with --db.</translation>
        </message>
        <message>
            <source>디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요. 아무것도 저장되지 않았습니다.</source>
            <translation>The disk is full. Free some space and try again. Nothing was saved.</translation>
        </message>
        <message>
            <source>데이터베이스 서버({where})가 사용자 이름이나 비밀번호를 받아들이지 않았습니다. 설정의 데이터베이스 주소와 키링에 저장된 비밀번호를 확인하세요.</source>
            <translation>The database server ({where}) did not accept the user name or password. Check the database address in the settings and the password in the keyring.</translation>
        </message>
        <message>
            <source>데이터베이스 서버({where})에 연결할 수 없습니다. 주소와 서버 상태를 확인하세요.</source>
            <translation>Cannot connect to the database server ({where}). Check the address and the server.</translation>
        </message>
        <message>
            <source>데이터베이스 파일 {path} 이 없습니다. 아무것도 만들지 않았습니다. --db 로 있는 파일을 고르세요.</source>
            <translation>There is no database file {path}. Nothing was created. Choose an existing file with --db.</translation>
        </message>
        <message>
            <source>{path} 파일이 손상되었거나 데이터베이스가 아닙니다 ({problem}). 아무것도 쓰지 않았습니다. 마지막 백업은 {backup} 입니다: 프로그램을 닫고 그 백업을 {path} 자리에 복사하거나, --db 로 백업을 여세요.</source>
            <translation>The file {path} is damaged or not a database ({problem}). Nothing was written to it. The last backup is {backup}: close the program and copy that backup in place of {path}, or open the backup with --db.</translation>
        </message>
        <message>
            <source>{path} 파일이 손상되었거나 데이터베이스가 아닙니다 ({problem}). 아무것도 쓰지 않았습니다. 이 파일의 백업이 없습니다: 파일을 그대로 두고 지원팀에 알리거나, --db 로 다른 파일을 고르세요.</source>
            <translation>The file {path} is damaged or not a database ({problem}). Nothing was written to it. There is no backup of this file: leave it as it is and tell support, or choose another file with --db.</translation>
        </message>
        <message>
            <source>업그레이드 전 백업을 만들지 못했습니다 ({reason}). {path} 파일은 그대로 두었습니다. 폴더의 권한과 남은 공간을 확인한 뒤 다시 시작하세요.</source>
            <translation>The backup before the upgrade could not be made ({reason}). The file {path} was left as it was. Check the folder's permissions and free space, then start again.</translation>
        </message>
        <message>
            <source>{path} 를 새 버전으로 업그레이드하지 못했습니다 ({reason}). 원래 파일은 그대로 두었고, 업그레이드 전 백업은 {backup} 에 있습니다. 이 메시지와 함께 지원팀에 알려 주세요.</source>
            <translation>{path} could not be upgraded to the new version ({reason}). The original file was left as it was; the backup made before the upgrade is {backup}. Please tell support, with this message.</translation>
        </message>
        <message>
            <source>디스크가 가득 차서 업그레이드 전 백업을 만들지 못했습니다. {path} 파일은 그대로 두었습니다. 공간을 확보한 뒤 다시 시작하세요.</source>
            <translation>The disk is full, so the backup before the upgrade could not be made. The file {path} was left as it was. Free some space, then start again.</translation>
        </message>
        <message>
            <source>새 데이터베이스 {path} 를 만들지 못했습니다 ({reason}). 폴더의 권한과 남은 공간을 확인하세요.</source>
            <translation>The new database {path} could not be created ({reason}). Check the folder's permissions and free space.</translation>
        </message>
        <message>
            <source>디스크가 가득 차서 {path} 를 새 버전으로 업그레이드하지 못했습니다. 원래 파일은 그대로 두었고, 업그레이드 전 백업은 {backup} 에 있습니다. 공간을 확보한 뒤 다시 시작하세요.</source>
            <translation>The disk is full, so {path} could not be upgraded to the new version. The original file was left as it was; the backup made before the upgrade is {backup}. Free some space, then start again.</translation>
        </message>
        <message>
            <source>데이터베이스 주소의 드라이버 '{driver}'는 지원하지 않습니다. 'postgresql://사용자@서버/데이터베이스' 형식으로 적으세요 (psycopg 3 사용).</source>
            <translation>The database driver '{driver}' is not supported. Write the address as 'postgresql://user@server/database' (psycopg 3 is used).</translation>
        </message>
        <message>
            <source>PostgreSQL 드라이버(psycopg)가 설치되어 있지 않습니다. '{install}' 로 설치한 뒤 다시 시작하세요.</source>
            <translation>The PostgreSQL driver (psycopg) is not installed. Install it with '{install}', then start again.</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>이 데이터베이스에는 이미 데이터가 있어 데모 데이터를 넣지 않았습니다. 데모는 빈 데이터베이스에만 넣을 수 있습니다 (--db 로 새 파일을 고르세요).</source>
            <translation>This database already holds data, so no demo data was added. Demo data goes only into an empty database (choose a new file with --db).</translation>
        </message>
    </context>
    <context>
        <name>discounts</name>
        <message>
            <source>코드는 영문·숫자·하이픈으로 1~40자입니다.</source>
            <translation>A code is 1 to 40 letters, digits or hyphens.</translation>
        </message>
        <message>
            <source>할인 종류는 percent(정률) 또는 amount(정액)입니다.</source>
            <translation>The kind of discount is percent or amount.</translation>
        </message>
        <message>
            <source>종료일은 시작일 이후여야 합니다.</source>
            <translation>The end date must be on or after the start date.</translation>
        </message>
        <message>
            <source>최대 사용 횟수는 1 이상입니다 (비우면 제한 없음).</source>
            <translation>The maximum number of uses is 1 or more (empty: no limit).</translation>
        </message>
        <message>
            <source>최소 사용자 수는 1 이상입니다 (비우면 제한 없음).</source>
            <translation>The minimum number of users is 1 or more (empty: no limit).</translation>
        </message>
        <message>
            <source>코드 {code} 는 이미 있습니다.</source>
            <translation>The code {code} exists already.</translation>
        </message>
        <message>
            <source>할인 값은 숫자여야 합니다.</source>
            <translation>The discount value must be a number.</translation>
        </message>
        <message>
            <source>할인율은 0보다 크고 100 이하입니다.</source>
            <translation>A percentage is more than 0 and at most 100.</translation>
        </message>
        <message>
            <source>할인 금액은 1원 이상의 정수입니다 (M1).</source>
            <translation>A discount amount is a whole number of won, 1 or more (M1).</translation>
        </message>
        <message>
            <source>할인코드 '{code}' 가 없습니다. 철자를 확인하세요 (P5).</source>
            <translation>There is no discount code '{code}'. Check the spelling (P5).</translation>
        </message>
    </context>
    <context>
        <name>exclusive</name>
        <message>
            <source>{what}이(가) 이 데이터베이스({where})에서 이미 실행 중입니다. 그 실행이 끝난 뒤 다시 실행하세요 (이미 처리된 것은 다시 처리하지 않습니다).</source>
            <translation>{what} is already in progress on this database ({where}). Run it again when that one has finished (nothing already done is done twice).</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>{path} 에 쓸 수 없습니다: {reason}. 폴더와 남은 공간을 확인하세요.</source>
            <translation>Cannot write {path}: {reason}. Check the folder and the free space.</translation>
        </message>
    </context>
    <context>
        <name>groups</name>
        <message>
            <source>회사 이름을 입력하세요.</source>
            <translation>Enter the company name.</translation>
        </message>
        <message>
            <source>사용자 수와 법인카드 수는 0 이상입니다.</source>
            <translation>The numbers of users and corporate cards are 0 or more.</translation>
        </message>
        <message>
            <source>회사 ID '{label}' 은(는) 이미 쓰이고 있습니다. 다른 ID를 고르세요.</source>
            <translation>The company ID '{label}' is already in use. Choose another ID.</translation>
        </message>
        <message>
            <source>이 계정에는 그룹사가 없습니다.</source>
            <translation>This account has no group companies.</translation>
        </message>
        <message>
            <source>다른 사용자가 이 그룹의 조직도를 바꿨습니다. 되돌리기로 다시 읽은 뒤 고치세요.</source>
            <translation>Another user changed this group's org chart. Reload it with Revert, then edit.</translation>
        </message>
        <message>
            <source>저장할 조직도의 회사와 부서가 지금 데이터와 다릅니다. 다시 읽은 뒤 고치세요.</source>
            <translation>The companies and departments of the chart to save differ from the current data. Reload it, then edit.</translation>
        </message>
        <message>
            <source>조직도를 저장할 수 없습니다: {problems}</source>
            <translation>The org chart cannot be saved: {problems}</translation>
        </message>
        <message>
            <source>표시 범위는 group 또는 own 입니다 ({wrong}).</source>
            <translation>The display scope is group or own ({wrong}).</translation>
        </message>
        <message>
            <source>그 회사를 찾을 수 없습니다.</source>
            <translation>That company cannot be found.</translation>
        </message>
        <message>
            <source>부서 '{department}' 에 사원 {people}명, 겸직 {posts}명, 하위 부서 {subs}개가 있어 삭제할 수 없습니다. 먼저 옮기세요.</source>
            <translation>The department '{department}' has {people} employee(s), {posts} concurrent post(s) and {subs} sub-department(s), so it cannot be removed. Move them first.</translation>
        </message>
        <message>
            <source>회사나 사원을 고르세요.</source>
            <translation>Choose a company or an employee.</translation>
        </message>
        <message>
            <source>부서 이름을 입력하세요.</source>
            <translation>Enter the department name.</translation>
        </message>
        <message>
            <source>상위 부서는 같은 회사의 부서여야 합니다 (G3).</source>
            <translation>The parent department must belong to the same company (G3).</translation>
        </message>
        <message>
            <source>소속 부서는 그 회사의 부서여야 합니다.</source>
            <translation>The home department must be a department of that company.</translation>
        </message>
        <message>
            <source>이름을 입력하세요.</source>
            <translation>Enter the name.</translation>
        </message>
        <message>
            <source>그 사원을 찾을 수 없습니다.</source>
            <translation>That employee cannot be found.</translation>
        </message>
        <message>
            <source>빈 부서 이름이 있습니다: '{line}'. '상위/하위' 처럼 적으세요.</source>
            <translation>A department name is empty: '{line}'. Write it as 'parent/child'.</translation>
        </message>
        <message>
            <source>겸직 부서를 다시 고르세요 (소속 부서와 다른, 있는 부서).</source>
            <translation>Choose the concurrent departments again (existing ones, other than the home department).</translation>
        </message>
        <message>
            <source>이름,이메일,회사ID,소속 부서 경로 네 칸이 필요합니다.</source>
            <translation>Four columns are needed: name, email, company ID, home department path.</translation>
        </message>
        <message>
            <source>회사 ID '{company}' 은(는) 이 그룹에 없습니다.</source>
            <translation>The company ID '{company}' is not in this group.</translation>
        </message>
        <message>
            <source>'{company}' 에 부서 '{department}' 이(가) 없습니다. 먼저 부서를 만드세요.</source>
            <translation>'{company}' has no department '{department}'. Make the department first.</translation>
        </message>
        <message>
            <source>부서 이름은 200자까지입니다.</source>
            <translation>A department name has at most 200 characters.</translation>
        </message>
        <message>
            <source>겸직 부서 '{post}' 이(가) 없습니다 (회사ID:부서 경로).</source>
            <translation>There is no concurrent department '{post}' (company ID:department path).</translation>
        </message>
    </context>
    <context>
        <name>inputs</name>
        <message>
            <source>{label}은(는) 원 단위 정수여야 합니다 (받은 값: {value}). 소수나 다른 형식은 받지 않습니다.</source>
            <translation>{label} must be a whole number of won (got {value}); decimals and other forms are not accepted.</translation>
        </message>
        <message>
            <source>{label}은(는) {low} 이상 {high} 이하의 원 단위 금액이어야 합니다.</source>
            <translation>{label} must be an amount in won from {low} to {high}.</translation>
        </message>
        <message>
            <source>{label}은(는) {low} 이상 {high} 이하의 정수여야 합니다 (받은 값: {value}).</source>
            <translation>{label} must be a whole number from {low} to {high} (got {value}).</translation>
        </message>
        <message>
            <source>{label}은(는) 글자여야 합니다.</source>
            <translation>{label} must be text.</translation>
        </message>
        <message>
            <source>{label}에 제어 문자(줄바꿈, 탭 등)가 들어 있습니다. 한 줄의 보이는 글자로만 적으세요.</source>
            <translation>{label} contains a control character (line break, tab …); write one line of visible characters.</translation>
        </message>
        <message>
            <source>{label}은(는) {high}자 이하여야 합니다.</source>
            <translation>{label} must be {high} characters or fewer.</translation>
        </message>
    </context>
    <context>
        <name>invoices</name>
        <message>
            <source>결제 수단을 고르세요 (카드, 계좌이체, 무통장입금, 현금).</source>
            <translation>Choose the payment method (card, bank transfer, deposit, cash).</translation>
        </message>
        <message>
            <source>결제일은 오늘 이후일 수 없습니다.</source>
            <translation>The payment date cannot be after today.</translation>
        </message>
        <message>
            <source>결제일은 발행일({day}) 이후여야 합니다.</source>
            <translation>The payment date must be on or after the issue date ({day}).</translation>
        </message>
        <message>
            <source>그 청구서를 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That invoice cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>{number} 은(는) 이미 정정(취소)되었거나 정정 청구서입니다.</source>
            <translation>{number} is already corrected (voided) or is a credit note.</translation>
        </message>
        <message>
            <source>{number} 에는 결제 {paid:,}원이 등록되어 있어 정정할 수 없습니다. 환불 처리 후 정정하세요.</source>
            <translation>{number} has payments of {paid:,} won recorded, so it cannot be corrected. Refund first, then correct it.</translation>
        </message>
        <message>
            <source>결제 금액</source>
            <translation>The payment amount</translation>
        </message>
        <message>
            <source>정정 사유를 입력하세요.</source>
            <translation>Enter the reason for the correction.</translation>
        </message>
        <message>
            <source>공급가액</source>
            <translation>The supply amount</translation>
        </message>
    </context>
    <context>
        <name>licences</name>
        <message>
            <source>사용자 이름을 입력하세요.</source>
            <translation>Enter the user's name.</translation>
        </message>
        <message>
            <source>무료 패키지 사이트는 사용자를 {most}명까지 둘 수 있습니다 (P1). 더 늘리려면 {least}명 이상의 유료 패키지로 변경하세요.</source>
            <translation>A site on the free package holds at most {most} users (P1). For more, change to a paid package of {least} users or more.</translation>
        </message>
        <message>
            <source>{email} 는 이 사이트에 이미 등록된 사용자입니다.</source>
            <translation>{email} is already a user of this site.</translation>
        </message>
        <message>
            <source>CSV 파일의 문자 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949(엑셀 CSV)로 저장하세요.</source>
            <translation>The CSV file's character encoding cannot be read. Save it as UTF-8 or CP949 (Excel CSV).</translation>
        </message>
        <message>
            <source>그 사용자를 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That user cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>CSV 파일이 비어 있습니다. 첫 줄에 name,email 머리글을 두고 한 줄에 한 사용자를 적으세요.</source>
            <translation>The CSV file is empty. Put the header name,email on the first line and one user per line.</translation>
        </message>
        <message>
            <source>CSV 첫 줄에 name 과 email(또는 이름, 이메일) 머리글이 있어야 합니다.</source>
            <translation>The first line of the CSV needs the headers name and email.</translation>
        </message>
        <message>
            <source>{problem} 아무 사용자도 가져오지 않았습니다.</source>
            <translation>{problem} No user was imported.</translation>
        </message>
        <message>
            <source>사용자 이름</source>
            <translation>The user name</translation>
        </message>
        <message>
            <source>{email} 로 활성 사용자가 이미 있어 다시 활성화할 수 없습니다.</source>
            <translation>An active user with {email} exists already, so this one cannot be reactivated.</translation>
        </message>
        <message>
            <source>칸 수가 모자랍니다 (name,email 필요).</source>
            <translation>Too few columns (name,email needed).</translation>
        </message>
        <message>
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
        <message>
            <source>{email} 가 파일 안에서 중복됩니다.</source>
            <translation>{email} appears twice in the file.</translation>
        </message>
    </context>
    <context>
        <name>mail</name>
        <message>
            <source>청구서 {number} 은(는) 정정되어 무효입니다. 정정한 청구서를 보내세요.</source>
            <translation>Invoice {number} was corrected and is void. Send the corrected invoice.</translation>
        </message>
        <message>
            <source>{where} 로 보내지 못했습니다: {error}</source>
            <translation>Could not send through {where}: {error}</translation>
        </message>
        <message>
            <source>SMTP 사용자 이름과 비밀번호에는 영문, 숫자, 기호만 쓸 수 있습니다. 설정을 확인하세요.</source>
            <translation>The SMTP user name and password may hold only Latin letters, digits and symbols. Check the settings.</translation>
        </message>
        <message>
            <source>{where} 가 로그인을 거부했습니다. 설정의 SMTP 사용자와 비밀번호를 확인하세요.</source>
            <translation>{where} refused the login. Check the SMTP user and password in the settings.</translation>
        </message>
        <message>
            <source>서버가 받는 주소를 거부했습니다: {addresses}. 주소를 확인하세요.</source>
            <translation>The server refused the recipients: {addresses}. Check the addresses.</translation>
        </message>
        <message>
            <source>서버가 보내는 주소 {sender} 를 거부했습니다. 설정의 보내는 주소를 확인하세요.</source>
            <translation>The server refused the sender {sender}. Check the sender address in the settings.</translation>
        </message>
        <message>
            <source>{where} 가 STARTTLS 나 로그인을 지원하지 않습니다. 설정의 보안 방식을 확인하세요.</source>
            <translation>{where} does not support STARTTLS or login. Check the security mode in the settings.</translation>
        </message>
        <message>
            <source>{where} 가 {seconds:g}초 안에 응답하지 않았습니다. 네트워크와 서버 주소를 확인하고 다시 보내세요.</source>
            <translation>{where} did not answer within {seconds:g} seconds. Check the network and the server address and send again.</translation>
        </message>
        <message>
            <source>{where} 와 보안 연결을 맺지 못했습니다 ({reason}). 포트와 보안 방식(STARTTLS/SSL)을 확인하세요.</source>
            <translation>Could not make a secure connection with {where} ({reason}). Check the port and the security mode (STARTTLS/SSL).</translation>
        </message>
        <message>
            <source>{where} 에 연결할 수 없습니다 (연결 거부). 서버 주소와 포트를 확인하세요.</source>
            <translation>Cannot connect to {where} (connection refused). Check the server address and port.</translation>
        </message>
        <message>
            <source>서버 이름 {host} 를 찾을 수 없습니다. 주소와 네트워크 연결을 확인하세요.</source>
            <translation>The server name {host} cannot be found. Check the address and the network connection.</translation>
        </message>
        <message>
            <source>{where} 가 메일을 거부했습니다: {code} {reply}</source>
            <translation>{where} refused the mail: {code} {reply}</translation>
        </message>
        <message>
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
        <message>
            <source>SMTP 서버 주소를 설정에 입력하세요 (예: smtp.example.co.kr).</source>
            <translation>Enter the SMTP server address in the settings (e.g. smtp.example.co.kr).</translation>
        </message>
        <message>
            <source>포트는 1–65535 사이입니다 (보통 587 STARTTLS, 465 SSL).</source>
            <translation>The port is between 1 and 65535 (usually 587 STARTTLS, 465 SSL).</translation>
        </message>
        <message>
            <source>보안 방식은 none, starttls, ssl 중 하나입니다.</source>
            <translation>The security mode is one of none, starttls, ssl.</translation>
        </message>
        <message>
            <source>보내는 주소를 설정에 입력하세요.</source>
            <translation>Enter the sender address in the settings.</translation>
        </message>
        <message>
            <source>SMTP 비밀번호를 설정에서 입력하세요 (운영체제 키링에 저장됩니다).</source>
            <translation>Enter the SMTP password in the settings (it is kept in the system keyring).</translation>
        </message>
        <message>
            <source>{status} 상태의 견적 {number} 은(는) 보낼 수 없습니다. 최신 개정판을 보내세요.</source>
            <translation>Quote {number} is {status} and cannot be sent. Send the latest revision.</translation>
        </message>
        <message>
            <source>그 메일이 보낼함에 없습니다. 보낼함을 새로 고치세요.</source>
            <translation>That mail is not in the outbox. Refresh the outbox.</translation>
        </message>
        <message>
            <source>받는 사람 주소를 하나 이상 입력하세요.</source>
            <translation>Enter at least one recipient address.</translation>
        </message>
        <message>
            <source>그 메일은 이미 보냈거나 보낼함에 없습니다.</source>
            <translation>That mail was sent already or is not in the outbox.</translation>
        </message>
        <message>
            <source>계정 관리자 주소</source>
            <translation>account administrator's address</translation>
        </message>
        <message>
            <source>견적서의 고객 이메일</source>
            <translation>customer email on the quote</translation>
        </message>
        <message>
            <source>{site} 대표 관리자 {admin}</source>
            <translation>{site} administrator {admin}</translation>
        </message>
    </context>
    <context>
        <name>mailbox</name>
        <message>
            <source>(본문 없음)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <source>고객이 해결된 지 7일이 지난 요청에 메일로 답했습니다. 이 요청은 다시 열 수 없으므로(T1) 상태를 바꾸지 않았습니다. 도움이 더 필요하면 새 요청을 여세요.</source>
            <translation>The customer answered by mail a request resolved more than 7 days ago. It can no longer be reopened (T1), so its status was not changed. If the customer needs more help, open a new request.</translation>
        </message>
        <message>
            <source>메일로 받은 컨설팅 요청</source>
            <translation>Consulting request received by mail</translation>
        </message>
        <message>
            <source>고객이 {status} 상태의 요청에 메일로 답했습니다. 끝난 요청이라(T1) 상태를 바꾸지 않았습니다. 도움이 더 필요하면 새 요청을 여세요.</source>
            <translation>The customer answered by mail a request that is {status}. It is final (T1), so its status was not changed. If the customer needs more help, open a new request.</translation>
        </message>
        <message>
            <source>그 메일은 이미 처리되었습니다. 목록을 새로 고치세요.</source>
            <translation>That mail has already been handled. Refresh the list.</translation>
        </message>
        <message>
            <source>첨부 파일 '{name}' ({size}) 은(는) 10 MB 제한(T3)을 넘어 저장하지 않았습니다. 보낸 사람에게 다른 방법으로 받으세요.</source>
            <translation>Attachment '{name}' ({size}) is over the 10 MB limit (T3) and was not saved. Get it from the sender another way.</translation>
        </message>
        <message>
            <source>버리는 이유를 입력하세요 (감사 기록에 남습니다).</source>
            <translation>Enter why the mail is discarded (it is kept in the audit log).</translation>
        </message>
        <message>
            <source>이 계정의 요청을 고르세요.</source>
            <translation>Choose a request of this account.</translation>
        </message>
        <message>
            <source>이 계정에는 컨설팅 프로젝트가 없어 새 요청을 열 수 없습니다. 메일을 붙일 요청을 고르세요.</source>
            <translation>This account has no consulting project, so no new request can be opened. Choose a request to attach the mail to.</translation>
        </message>
        <message>
            <source>연결됨: {host} 의 '{folder}' 폴더에 메일 {count}통이 있습니다.</source>
            <translation>Connected: folder '{folder}' on {host} holds {count} mails.</translation>
        </message>
        <message>
            <source>{host} 와의 연결이 메일을 받는 중에 끊겼습니다 ({reason}). 받은 메일은 저장되었습니다. 다시 받으면 나머지를 받습니다.</source>
            <translation>The connection to {host} was cut while fetching mail ({reason}). The mails received are saved; fetch again to get the rest.</translation>
        </message>
        <message>
            <source>IMAP 서버 주소를 설정에 입력하세요 (예: imap.example.co.kr).</source>
            <translation>Enter the IMAP server in the settings (e.g. imap.example.co.kr).</translation>
        </message>
        <message>
            <source>포트는 1–65535 사이입니다 (보통 993 SSL/TLS, 143 STARTTLS).</source>
            <translation>The port is between 1 and 65535 (usually 993 SSL/TLS, 143 STARTTLS).</translation>
        </message>
        <message>
            <source>보안 방식은 ssl(바로 TLS) 또는 starttls 입니다.</source>
            <translation>Security is ssl (TLS from the start) or starttls.</translation>
        </message>
        <message>
            <source>IMAP 로그인과 비밀번호를 설정에 입력하세요 (비밀번호는 운영체제 키링에 저장됩니다).</source>
            <translation>Enter the IMAP login and password in the settings (the password is kept in the system keyring).</translation>
        </message>
        <message>
            <source>지원 메일 주소를 설정에 입력하세요 (예: support@example.co.kr).</source>
            <translation>Enter the support address in the settings (e.g. support@example.co.kr).</translation>
        </message>
        <message>
            <source>{where} 와 TLS 연결을 맺지 못했습니다 ({reason}). 포트와 보안 방식(SSL/TLS, STARTTLS)을 확인하세요.</source>
            <translation>Could not make a TLS connection with {where} ({reason}). Check the port and the security (SSL/TLS, STARTTLS).</translation>
        </message>
        <message>
            <source>서버 이름 {host} 을(를) 찾을 수 없습니다. 주소와 네트워크 연결을 확인하세요.</source>
            <translation>The server name {host} cannot be found. Check the address and the network connection.</translation>
        </message>
        <message>
            <source>{where} 이(가) {seconds}초 안에 응답하지 않았습니다. 주소, 포트, 보안 방식을 확인하세요.</source>
            <translation>{where} did not answer within {seconds} seconds. Check the address, the port and the security.</translation>
        </message>
        <message>
            <source>{where} 에 연결할 수 없습니다 ({reason}). 서버 주소와 포트를 확인하세요.</source>
            <translation>Cannot connect to {where} ({reason}). Check the server address and the port.</translation>
        </message>
        <message>
            <source>메일함 폴더 '{folder}' 을(를) 열 수 없습니다 ({reason}). 설정의 폴더 이름을 확인하세요.</source>
            <translation>Cannot open the mailbox folder '{folder}' ({reason}). Check the folder name in the settings.</translation>
        </message>
        <message>
            <source>처리한 메일을 옮길 폴더 '{folder}' 이(가) 서버에 없습니다. 만들거나 설정을 비우세요.</source>
            <translation>The folder '{folder}' for handled mail does not exist on the server. Create it or clear the setting.</translation>
        </message>
        <message>
            <source>{where} 이(가) 로그인을 거부했습니다. 설정의 IMAP 로그인 '{user}' 와 비밀번호를 확인하세요.</source>
            <translation>{where} refused the login. Check the IMAP login '{user}' and the password in the settings.</translation>
        </message>
        <message>
            <source>{where} 와 STARTTLS 보안 연결을 맺지 못했습니다 ({reason}). 보안 방식을 확인하세요.</source>
            <translation>Could not secure the connection with {where} by STARTTLS ({reason}). Check the security setting.</translation>
        </message>
        <message>
            <source>{where} 이(가) STARTTLS 를 지원하지 않습니다 ({reason}). 보안 방식을 SSL/TLS 로 바꾸거나 포트를 확인하세요.</source>
            <translation>{where} does not support STARTTLS ({reason}). Change the security to SSL/TLS or check the port.</translation>
        </message>
    </context>
    <context>
        <name>names</name>
        <message>
            <source>접속 주소(서브도메인)를 입력하세요.</source>
            <translation>Enter the access address (sub-domain).</translation>
        </message>
        <message>
            <source>접속 주소는 3~63자여야 합니다.</source>
            <translation>The access address has 3 to 63 characters.</translation>
        </message>
        <message>
            <source>접속 주소에는 영문 소문자만 쓸 수 있습니다.</source>
            <translation>The access address may hold only lower-case letters.</translation>
        </message>
        <message>
            <source>접속 주소는 하이픈(-)으로 시작하거나 끝날 수 없습니다.</source>
            <translation>The access address cannot start or end with a hyphen (-).</translation>
        </message>
        <message>
            <source>접속 주소에는 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다.</source>
            <translation>The access address may hold only lower-case letters, digits and hyphens (-).</translation>
        </message>
        <message>
            <source>메일 도메인은 example.co.kr 처럼 점(.)으로 구분된 도메인이어야 합니다.</source>
            <translation>The mail domain must be a domain with dots (.), like example.co.kr.</translation>
        </message>
        <message>
            <source>메일 도메인에는 영문, 숫자, 하이픈만 쓸 수 있고, 각 부분은 하이픈으로 시작하거나 끝날 수 없습니다.</source>
            <translation>The mail domain may hold only letters, digits and hyphens, and no part may start or end with a hyphen.</translation>
        </message>
        <message>
            <source>이메일 주소 형식이 아닙니다 (예: name@example.co.kr).</source>
            <translation>This is not an email address (e.g. name@example.co.kr).</translation>
        </message>
    </context>
    <context>
        <name>naver_rules</name>
        <message>
            <source>체험이 {left}일 뒤({trial_end}) 끝납니다. 유료 전환을 예약하지 않으면 서비스가 만료되고 데이터가 삭제됩니다 (W2).</source>
            <translation>The trial ends in {left} day(s) ({trial_end}). Without a reserved switch to a paid plan the service expires and its data is deleted (W2).</translation>
        </message>
        <message>
            <source>남은 저장공간이 {free:,}GB로 10% 미만입니다. 1TB 단위로 추가하세요 (W4).</source>
            <translation>Only {free:,} GB of storage is left, under 10%. Add storage in 1 TB units (W4).</translation>
        </message>
        <message>
            <source>알 수 없는 요금제 '{plan}' 입니다. {choices} 중에서 고르세요 (W2).</source>
            <translation>Unknown plan '{plan}'. Choose one of {choices} (W2).</translation>
        </message>
        <message>
            <source>전환 예약일은 체험 종료일({trial_end}) 이전이어야 합니다 (W2).</source>
            <translation>The switch date must be on or before the trial end ({trial_end}) (W2).</translation>
        </message>
        <message>
            <source>전환 예약일은 오늘 이후여야 합니다 (W2).</source>
            <translation>The switch date must be today or later (W2).</translation>
        </message>
        <message>
            <source>{current} 에서는 업그레이드할 수 없습니다 (W3: Collabo, Collabo+ 는 업그레이드 없음).</source>
            <translation>{current} cannot be upgraded (W3: Collabo and Collabo+ have no upgrade).</translation>
        </message>
        <message>
            <source>업그레이드는 더 높은 상품으로만 됩니다: {higher} (W3).</source>
            <translation>An upgrade goes only to a higher product: {higher} (W3).</translation>
        </message>
        <message>
            <source>추가 저장공간은 1TB 단위(정수)로만 바꿀 수 있습니다 (W4).</source>
            <translation>Extra storage changes only in whole 1 TB units (W4).</translation>
        </message>
        <message>
            <source>추가 저장공간은 {current_tb}TB 보다 많이 반납할 수 없습니다 (W4).</source>
            <translation>No more than {current_tb} TB of extra storage can be returned (W4).</translation>
        </message>
    </context>
    <context>
        <name>naver_sites</name>
        <message>
            <source>네이버웍스(NAVER WORKPLACE) 사이트에서만 할 수 있습니다.</source>
            <translation>Only a NAVER WORKPLACE site can do this.</translation>
        </message>
        <message>
            <source>체험 중인 사이트만 유료 전환을 예약할 수 있습니다 (W2).</source>
            <translation>Only a site on trial can reserve a switch to a paid plan (W2).</translation>
        </message>
        <message>
            <source>예약일({day})이 지나 바꿀 수 없습니다 (W2).</source>
            <translation>The reserved date ({day}) has passed; it cannot be changed (W2).</translation>
        </message>
        <message>
            <source>취소할 전환 예약이 없습니다.</source>
            <translation>There is no reserved switch to cancel.</translation>
        </message>
        <message>
            <source>예약일({day})이 지나 취소할 수 없습니다 (W2).</source>
            <translation>The reserved date ({day}) has passed; it cannot be cancelled (W2).</translation>
        </message>
    </context>
    <context>
        <name>order_rules</name>
        <message>
            <source>알 수 없는 카탈로그 '{catalog}' 입니다. {choices} 중에서 고르세요.</source>
            <translation>Unknown catalog '{catalog}'. Choose one of {choices}.</translation>
        </message>
        <message>
            <source>{date} 에 유효한 가격이 없습니다. 더 늦은 날짜를 쓰세요.</source>
            <translation>There are no prices valid on {date}. Use a later date.</translation>
        </message>
        <message>
            <source>무료 사이트</source>
            <translation>a free site</translation>
        </message>
        <message>
            <source>무료 + 유료 상품 사이트</source>
            <translation>a free site with paid products</translation>
        </message>
        <message>
            <source>무료 → 유료 변경</source>
            <translation>a free to paid change</translation>
        </message>
        <message>
            <source>유료 사이트</source>
            <translation>a paid site</translation>
        </message>
        <message>
            <source>유료 → 무료 변경</source>
            <translation>a paid to free change</translation>
        </message>
        <message>
            <source>사용자·상품 추가</source>
            <translation>adding users or products</translation>
        </message>
        <message>
            <source>패키지 변경</source>
            <translation>changing the package</translation>
        </message>
        <message>
            <source>기간 연장</source>
            <translation>extending the term</translation>
        </message>
        <message>
            <source>사용이 중지된 코드입니다.</source>
            <translation>the code is switched off.</translation>
        </message>
        <message>
            <source>{day} 부터 쓸 수 있습니다.</source>
            <translation>valid from {day}.</translation>
        </message>
        <message>
            <source>{day} 에 만료되었습니다.</source>
            <translation>expired on {day}.</translation>
        </message>
        <message>
            <source>사용 한도({most}회)를 모두 썼습니다.</source>
            <translation>used up (limit {most} uses).</translation>
        </message>
        <message>
            <source>주문 사용자 수가 {least}명 이상이어야 합니다 (지금 {users}명).</source>
            <translation>the order needs at least {least} users (it has {users}).</translation>
        </message>
        <message>
            <source>알 수 없는 패키지 '{package}' 입니다. {choices} 중에서 고르세요.</source>
            <translation>Unknown package '{package}'. Choose one of {choices}.</translation>
        </message>
        <message>
            <source>사용자 수는 0 이상의 정수여야 합니다.</source>
            <translation>The number of users must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>만료되었거나 해지된 사이트는 주문할 수 없습니다 (O2). 공급사에 재개설을 문의하세요.</source>
            <translation>An expired or terminated site takes no order (O2). Ask the vendor to reopen it.</translation>
        </message>
        <message>
            <source>기존 사이트의 변경에는 계정의 만료일이 필요합니다 (C5).</source>
            <translation>A change to an existing site needs the account's expiry date (C5).</translation>
        </message>
        <message>
            <source>연장 안 함 계정은 기간을 연장할 수 없습니다 (C3). 먼저 자동 연장을 켜세요.</source>
            <translation>An account that does not renew cannot extend its term (C3). Turn auto-renew on first.</translation>
        </message>
        <message>
            <source>주문일이 만료일 뒤입니다. 먼저 기간을 연장하세요 (C4).</source>
            <translation>The order date is after the expiry date. Extend the term first (C4).</translation>
        </message>
        <message>
            <source>할인코드 {code}: {reason} (P5)</source>
            <translation>Discount code {code}: {reason} (P5)</translation>
        </message>
        <message>
            <source>{products} 에만 쓸 수 있는데 주문에 없습니다.</source>
            <translation>applies only to {products}, which the order does not have.</translation>
        </message>
        <message>
            <source>계약 기간은 1개월 또는 12개월입니다 (C2).</source>
            <translation>The term is 1 or 12 months (C2).</translation>
        </message>
        <message>
            <source>가격 정책은 {choices} 입니다.</source>
            <translation>The pricing policy is one of {choices}.</translation>
        </message>
        <message>
            <source>개월 수는 1 이상의 정수입니다.</source>
            <translation>The number of months is a whole number, 1 or more.</translation>
        </message>
        <message>
            <source>주문에는 사이트가 하나 이상 있어야 합니다.</source>
            <translation>An order needs at least one site.</translation>
        </message>
        <message>
            <source>날짜는 {first} 부터 {last} 사이입니다.</source>
            <translation>The date must be from {first} to {last}.</translation>
        </message>
        <message>
            <source>만료일은 {first} 부터 {last} 사이입니다.</source>
            <translation>The expiry must be from {first} to {last}.</translation>
        </message>
        <message>
            <source>에디션을 고르세요: {choices}.</source>
            <translation>Choose an edition: {choices}.</translation>
        </message>
        <message>
            <source>사이트당 사용자는 {limit}명까지입니다. 줄이세요.</source>
            <translation>At most {limit} users per site; use fewer.</translation>
        </message>
        <message>
            <source>알 수 없는 상품 '{product}' 입니다.</source>
            <translation>Unknown product '{product}'.</translation>
        </message>
        <message>
            <source>수량은 0 이상의 정수여야 합니다.</source>
            <translation>The quantity must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>{state} 상태에서는 {operation}을(를) 할 수 없습니다 (주문 가능 표 §5).</source>
            <translation>For {state}, {operation} is not possible (operation matrix §5).</translation>
        </message>
        <message>
            <source>한 번에 {limit}개월까지입니다.</source>
            <translation>At most {limit} months at once.</translation>
        </message>
        <message>
            <source>한 주문에는 사이트가 {limit}개까지입니다. 나눠 주문하세요.</source>
            <translation>At most {limit} sites in one order; split the order.</translation>
        </message>
        <message>
            <source>한 상품은 {limit}개까지입니다. 줄이세요.</source>
            <translation>At most {limit} units of one product; use fewer.</translation>
        </message>
        <message>
            <source>기존 사이트만 연장할 수 있습니다.</source>
            <translation>Only an existing site can be extended.</translation>
        </message>
        <message>
            <source>무료 패키지는 {most}명까지입니다 (P1). {least}명 이상은 유료 패키지를 고르세요.</source>
            <translation>The free package allows {most} users or fewer (P1). For {least} or more, choose a paid package.</translation>
        </message>
        <message>
            <source>유료 패키지는 {least}명 이상이어야 합니다 (P1). {least}명 이상으로 하거나 무료 패키지를 고르세요.</source>
            <translation>A paid package needs at least {least} users (P1). Use {least} or more, or the free package.</translation>
        </message>
        <message>
            <source>연장 안 함 계정에는 사이트를 추가할 수 없습니다 (C3).</source>
            <translation>An account that does not renew cannot add a site (C3).</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <source>결제 방법을 고르세요: 카드, 계좌이체, 무통장입금(가상계좌) (O5).</source>
            <translation>Choose the payment method: card, bank transfer, deposit (virtual account) (O5).</translation>
        </message>
        <message>
            <source>주문을 마치려면 이용 약관에 동의해야 합니다 (O5).</source>
            <translation>Accept the terms of use to complete the order (O5).</translation>
        </message>
        <message>
            <source>한 주문에는 한 공급사의 사이트만 넣을 수 있습니다. 공급사별로 나눠 주문하세요.</source>
            <translation>One order holds the sites of one vendor only. Place one order per vendor.</translation>
        </message>
        <message>
            <source>접속 주소 '{subdomain}' 를 이 주문에서 두 번 썼습니다.</source>
            <translation>The access address '{subdomain}' is used twice in this order.</translation>
        </message>
        <message>
            <source>주문할 사이트가 없습니다. 사이트를 추가하거나 기존 사이트를 바꾸세요.</source>
            <translation>There is nothing to order. Add a site or change an existing one.</translation>
        </message>
        <message>
            <source>이 주문에는 바뀌는 것이 없습니다. 사용자 수·패키지·부가 상품을 바꾸거나 기간 연장을 고르세요.</source>
            <translation>Nothing changes in this order. Change users, package or add-ons, or choose to extend the term.</translation>
        </message>
        <message>
            <source>다른 계정의 사이트는 이 주문에 넣을 수 없습니다.</source>
            <translation>A site of another account cannot be part of this order.</translation>
        </message>
    </context>
    <context>
        <name>orgchart</name>
        <message>
            <source>그 위치를 찾을 수 없습니다.</source>
            <translation>That place cannot be found.</translation>
        </message>
        <message>
            <source>부서 '{department}' 은(는) 자기 회사 안에만 있을 수 있습니다 (G3). 다른 회사로는 옮길 수 없습니다.</source>
            <translation>The department '{department}' stays inside its own company (G3). It cannot move to another company.</translation>
        </message>
        <message>
            <source>부서 '{department}' 을(를) 자기 하위 부서 밑으로 옮길 수 없습니다.</source>
            <translation>The department '{department}' cannot move under one of its own sub-departments.</translation>
        </message>
        <message>
            <source>회사 '{company}' 은(는) 부서 '{department}' 아래로 옮길 수 없습니다. 회사는 다른 회사 아래나 맨 위에만 둘 수 있습니다 (G3).</source>
            <translation>The company '{company}' cannot move under the department '{department}'. A company goes only under another company or at the top (G3).</translation>
        </message>
        <message>
            <source>회사 '{company}' 을(를) 자기 아래에 있는 회사 밑으로 옮길 수 없습니다 (G3).</source>
            <translation>The company '{company}' cannot move under a company below itself (G3).</translation>
        </message>
        <message>
            <source>이미 맨 위에 있습니다.</source>
            <translation>It is at the top already.</translation>
        </message>
        <message>
            <source>이미 맨 아래에 있습니다.</source>
            <translation>It is at the bottom already.</translation>
        </message>
        <message>
            <source>위에 있는 항목이 없어 안으로 옮길 수 없습니다.</source>
            <translation>There is no item above to move into.</translation>
        </message>
        <message>
            <source>이미 맨 위 단계에 있습니다.</source>
            <translation>It is at the top level already.</translation>
        </message>
        <message>
            <source>'{name}' 의 상위 항목이 없습니다.</source>
            <translation>The parent of '{name}' is missing.</translation>
        </message>
        <message>
            <source>'{name}' 이(가) 자기 자신 아래에 있습니다.</source>
            <translation>'{name}' is under itself.</translation>
        </message>
        <message>
            <source>부서 '{department}' 은(는) 회사 아래에 있어야 합니다 (G3).</source>
            <translation>The department '{department}' must be under a company (G3).</translation>
        </message>
    </context>
    <context>
        <name>packages</name>
        <message>
            <source>사용자 수는 0 이상이어야 합니다.</source>
            <translation>The number of users must be 0 or more.</translation>
        </message>
        <message>
            <source>무료 패키지는 {most}명까지입니다 (P1). {least}명 이상은 유료 패키지를 고르세요.</source>
            <translation>The free package allows {most} users or fewer (P1). For {least} or more, choose a paid package.</translation>
        </message>
        <message>
            <source>유료 패키지는 {least}명 이상이어야 합니다 (P1). {least}명 이상으로 하거나 무료 패키지를 고르세요.</source>
            <translation>A paid package needs at least {least} users (P1). Use {least} or more, or the free package.</translation>
        </message>
    </context>
    <context>
        <name>price_request</name>
        <message>
            <source>0 이상의 정수여야 합니다 ({value}).</source>
            <translation>must be a whole number, 0 or more ({value}).</translation>
        </message>
        <message>
            <source>{maximum} 이하여야 합니다 ({value}). {maximum} 이하로 하세요.</source>
            <translation>Must be at most {maximum} (got {value}); use {maximum} or fewer.</translation>
        </message>
        <message>
            <source>true 또는 false 여야 합니다 ({value}).</source>
            <translation>Must be true or false (got {value}).</translation>
        </message>
        <message>
            <source>{maximum}자 이하의 한 줄 글자여야 합니다 ({value}).</source>
            <translation>Must be one line of at most {maximum} characters (got {value}).</translation>
        </message>
        <message>
            <source>{first} 부터 {last} 사이의 날짜여야 합니다 ({value}).</source>
            <translation>Must be a date from {first} to {last} (got {value}).</translation>
        </message>
        <message>
            <source>목록이어야 합니다.</source>
            <translation>must be a list.</translation>
        </message>
        <message>
            <source>{limit}개 이하여야 합니다 ({count}개).</source>
            <translation>Must have at most {limit} entries (got {count}).</translation>
        </message>
        <message>
            <source>패키지를 입력하세요.</source>
            <translation>Enter the package.</translation>
        </message>
        <message>
            <source>문자여야 합니다.</source>
            <translation>must be text.</translation>
        </message>
        <message>
            <source>카탈로그를 입력하세요 (예: daouoffice).</source>
            <translation>Enter the catalog (e.g. daouoffice).</translation>
        </message>
        <message>
            <source>"4.0" 또는 "legacy" 여야 합니다 ({value}).</source>
            <translation>Must be "4.0" or "legacy" (got {value}).</translation>
        </message>
        <message>
            <source>40자 이하의 문자여야 합니다.</source>
            <translation>Must be text of at most 40 characters.</translation>
        </message>
        <message>
            <source>사이트 목록이 필요합니다.</source>
            <translation>A list of sites is needed.</translation>
        </message>
        <message>
            <source>꼭 입력해야 합니다.</source>
            <translation>is required.</translation>
        </message>
        <message>
            <source>날짜는 YYYY-MM-DD 형식입니다.</source>
            <translation>A date is written YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>{"product": ID, "quantity": N} 형식이어야 합니다.</source>
            <translation>must be {"product": ID, "quantity": N}.</translation>
        </message>
        <message>
            <source>JSON 객체여야 합니다.</source>
            <translation>must be a JSON object.</translation>
        </message>
        <message>
            <source>사이트는 {limit}개까지입니다 ({count}개). 주문을 나누세요.</source>
            <translation>At most {limit} sites (got {count}); split the order.</translation>
        </message>
        <message>
            <source>객체여야 합니다.</source>
            <translation>must be an object.</translation>
        </message>
        <message>
            <source>요청이 {size}바이트입니다. {limit}바이트까지 받습니다.</source>
            <translation>The request is {size} bytes; at most {limit} are accepted.</translation>
        </message>
        <message>
            <source>{depth}단계로 중첩되어 있습니다. {limit}단계까지 받습니다.</source>
            <translation>It nests {depth} levels deep; at most {limit} are accepted.</translation>
        </message>
        <message>
            <source>지금 사이트를 나타내는 객체여야 합니다 (새 사이트면 빼세요).</source>
            <translation>Must be an object describing the site as it is now (leave it out for a new site).</translation>
        </message>
        <message>
            <source>JSON 형식이 아닙니다: {line}행 {column}열</source>
            <translation>This is not JSON: line {line}, column {column}</translation>
        </message>
        <message>
            <source>읽을 수 없을 만큼 긴 숫자가 있습니다.</source>
            <translation>Has a number too long to read.</translation>
        </message>
    </context>
    <context>
        <name>quotes</name>
        <message>
            <source>견적서를 받을 고객 이름을 입력하세요.</source>
            <translation>Enter the name of the customer who receives the quote.</translation>
        </message>
        <message>
            <source>견적에 넣을 것이 없습니다. 사이트를 바꾸거나(사용자 수, 패키지, 연장) 새 사이트를 추가하세요.</source>
            <translation>There is nothing to quote. Change a site (users, package, extension) or add a new site.</translation>
        </message>
        <message>
            <source>그 견적을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That quote cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>견적 {number} 초안은 그사이 새로 고쳐졌습니다. 목록을 새로 고친 뒤 최신 초안을 여세요.</source>
            <translation>Draft quote {number} was revised meanwhile. Refresh the list and open the latest draft.</translation>
        </message>
        <message>
            <source>{status} 상태의 견적은 고칠 수 없습니다. 새 견적을 만드세요.</source>
            <translation>A quote that is {status} cannot be edited. Make a new quote.</translation>
        </message>
        <message>
            <source>견적 {number} 은(는) 작성 중이 아니어서 폐기할 수 없습니다. 보낸 견적은 고객이 받은 그대로 남습니다; 바꾸려면 개정판을 만드세요.</source>
            <translation>Quote {number} is not a draft and cannot be discarded. A sent quote stays as the customer received it; to change it, make a revision.</translation>
        </message>
        <message>
            <source>견적 {number} 은(는) {day} 에 만료되었습니다. 지금 가격으로 다시 계산한 새 개정판을 만든 뒤 승인하세요.</source>
            <translation>Quote {number} expired on {day}. Make a new revision at today's prices, then accept that.</translation>
        </message>
        <message>
            <source>{status} 상태의 견적은 승인할 수 없습니다.</source>
            <translation>A quote that is {status} cannot be accepted.</translation>
        </message>
        <message>
            <source>고객 계정이 없는 견적입니다. 먼저 고객 계정을 만들고 견적을 그 계정으로 다시 만드세요.</source>
            <translation>This quote has no customer account. Make the customer account first, then make the quote again for it.</translation>
        </message>
        <message>
            <source>그 고객 계정을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That customer account cannot be found. Refresh the list.</translation>
        </message>
    </context>
    <context>
        <name>rows</name>
        <message>
            <source>바꿀 항목이 지정되지 않았습니다. 목록에서 다시 고르세요.</source>
            <translation>No item to change was given. Choose it in the list again.</translation>
        </message>
        <message>
            <source>화면이 본 버전이 없습니다. 다시 불러온 뒤 고치세요.</source>
            <translation>The version your screen showed is missing. Reload, then make the change.</translation>
        </message>
        <message>
            <source>그 항목을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That item no longer exists. Refresh the list.</translation>
        </message>
        <message>
            <source>다른 곳에서 먼저 바뀌었습니다 — 다시 불러오세요</source>
            <translation>Changed meanwhile — reload</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <source>고객 계정</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>Named users</translation>
        </message>
        <message>
            <source>견적</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <source>청구서</source>
            <translation>Invoices</translation>
        </message>
    </context>
    <context>
        <name>secrets</name>
        <message>
            <source>이 컴퓨터에는 운영체제 키링이 없어 비밀번호를 이번 실행 동안만 기억합니다. 파일에는 저장하지 않으므로 다음에 시작할 때 다시 입력해야 합니다.</source>
            <translation>This computer has no system keyring, so the password is remembered for this session only. It is not saved to any file: enter it again at the next start.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>이 컴퓨터는 이제 공유 데이터베이스 {where} 를 씁니다 (비밀번호는 키링에 있습니다).</source>
            <translation>This computer now uses the shared database {where} (the password is in the keyring).</translation>
        </message>
        <message>
            <source>server {command} 은 데이터베이스 소유자 역할로 실행하며 직원 로그인(--as)을 쓰지 않습니다: 소유자 역할의 비밀번호가 곧 권한입니다. --as 없이 다시 실행하세요.</source>
            <translation>server {command} runs as the database's owner role and takes no staff sign-in (--as): the owner role's password is the permission. Run it again without --as.</translation>
        </message>
        <message>
            <source>server connect 는 PostgreSQL 주소(postgresql://사용자@서버/데이터베이스)에만 씁니다.</source>
            <translation>server connect takes a PostgreSQL address only (postgresql://user@server/database).</translation>
        </message>
        <message>
            <source>비밀번호를 주소에 넣지 마세요: 설정 파일에 남습니다. --password-stdin 으로 주면 키링에 보관합니다.</source>
            <translation>Do not put the password in the address: it would stay in the settings file. Give it with --password-stdin to keep it in the keyring.</translation>
        </message>
        <message>
            <source>{name} ({login}) 로 로그인할 수 있습니다.</source>
            <translation>{name} ({login}) can sign in.</translation>
        </message>
        <message>
            <source>표준 입력에서 관리자 비밀번호를 읽지 못했습니다. 예: echo "$PW" | desktop-app server init …</source>
            <translation>No administrator password on standard input. For example: echo "$PW" | desktop-app server init …</translation>
        </message>
        <message>
            <source>이 컴퓨터에는 비밀번호를 보관할 키링이 없습니다. 비밀번호를 ~/.pgpass 파일에 두고 --password-stdin 없이 다시 하세요.</source>
            <translation>This computer has no keyring to keep the password in. Put the password in ~/.pgpass and run again without --password-stdin.</translation>
        </message>
        <message>
            <source>스키마를 바꾸기 전에 백업하세요: pg_dump --format=custom --file=reseller_desk-$(date +%Y%m%d).dump '{where}'</source>
            <translation>Back up before changing the schema: pg_dump --format=custom --file=reseller_desk-$(date +%Y%m%d).dump '{where}'</translation>
        </message>
        <message>
            <source>공유 데이터베이스 {where} 가 아직 준비되지 않았습니다 (표가 없습니다). 관리자가 'desktop-app server init --db 주소 --admin 로그인 --password-stdin' 으로 먼저 만들어야 합니다.</source>
            <translation>The shared database {where} is not set up yet (it has no tables). The administrator must first create it with 'desktop-app server init --db URL --admin LOGIN --password-stdin'.</translation>
        </message>
        <message>
            <source>공유 데이터베이스 {where} 의 스키마({revision})가 이 프로그램보다 오래되었습니다. 관리자가 'desktop-app server upgrade --db 주소' 로 올린 뒤 다시 여세요.</source>
            <translation>The shared database {where} has an older schema ({revision}) than this program. Ask the administrator to run 'desktop-app server upgrade --db URL', then open it again.</translation>
        </message>
        <message>
            <source>첫 관리자(PAA)의 로그인 이름을 --admin 으로 주세요.</source>
            <translation>Give the first administrator's (PAA) login with --admin.</translation>
        </message>
        <message>
            <source>관리자 비밀번호는 8자 이상이어야 합니다 (표준 입력으로 주세요).</source>
            <translation>The administrator password must have at least 8 characters (give it on standard input).</translation>
        </message>
        <message>
            <source>{where} 에 스키마 {head} 를 만들고 첫 관리자(PAA) '{login}' 를 등록했습니다.</source>
            <translation>Created schema {head} in {where} and registered the first administrator (PAA) '{login}'.</translation>
        </message>
        <message>
            <source>{where} 의 스키마({revision})는 이 프로그램보다 새롭습니다. 프로그램을 업데이트하세요. 데이터베이스는 그대로 두었습니다.</source>
            <translation>The schema of {where} ({revision}) is newer than this program. Update the program. The database was left as it was.</translation>
        </message>
        <message>
            <source>Reseller Desk 가 만들지 않은 표가 있습니다</source>
            <translation>has tables Reseller Desk did not make</translation>
        </message>
        <message>
            <source>비어 있습니다</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>{where} 는 {what}. 새 데이터베이스는 'desktop-app server init' 으로 만드세요.</source>
            <translation>{where} {what}. Create a new database with 'desktop-app server init'.</translation>
        </message>
        <message>
            <source>{where} 를 스키마 {old} 에서 {head} 로 올렸습니다.</source>
            <translation>Upgraded {where} from schema {old} to {head}.</translation>
        </message>
        <message>
            <source>{where} 는 비어 있지 않습니다 (표 {count}개). server init 은 빈 데이터베이스에만 씁니다. 이미 쓰던 데이터베이스라면 'desktop-app server upgrade' 를 쓰세요.</source>
            <translation>{where} is not empty ({count} tables). server init only writes to an empty database. For a database already in use, run 'desktop-app server upgrade'.</translation>
        </message>
        <message>
            <source>{where} 는 이미 최신 스키마({head})입니다. 바꾼 것이 없습니다.</source>
            <translation>{where} already has the latest schema ({head}). Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>signin</name>
        <message>
            <source>로그인 이름이나 비밀번호가 맞지 않습니다.</source>
            <translation>The login or the password is wrong.</translation>
        </message>
        <message>
            <source>비밀번호를 {n}번 틀려 '{login}' 로그인이 {until}까지 잠겼습니다 (S5). 그 뒤에 다시 시도하거나 PAA(주 관리자)에게 비밀번호 재설정을 요청하세요.</source>
            <translation>After {n} wrong passwords the login '{login}' is locked until {until} (S5). Try again then, or ask a PAA (primary administrator) to reset the password.</translation>
        </message>
        <message>
            <source>'{login}' 계정은 비활성화되었습니다. PAA(주 관리자)에게 문의하세요.</source>
            <translation>The staff user '{login}' is deactivated. Ask a PAA (primary administrator).</translation>
        </message>
        <message>
            <source>'{login}' 에는 아직 비밀번호가 없습니다. PAA(주 관리자)에게 비밀번호 설정을 요청하세요.</source>
            <translation>'{login}' has no password yet. Ask a PAA (primary administrator) to set one.</translation>
        </message>
        <message>
            <source>로그인 이름이나 비밀번호가 맞지 않습니다. {left}번 더 틀리면 15분 동안 잠깁니다.</source>
            <translation>The login or the password is wrong. {left} more wrong tries lock it for 15 minutes.</translation>
        </message>
    </context>
    <context>
        <name>sites</name>
        <message>
            <source>사이트 '{name}' 은(는) 이미 해지되었습니다.</source>
            <translation>Site '{name}' is already terminated.</translation>
        </message>
        <message>
            <source>확인을 위해 사이트 이름 '{name}' 을(를) 그대로 입력하세요. 해지는 되돌릴 수 없습니다.</source>
            <translation>To confirm, type the site's name '{name}' exactly. Termination cannot be undone.</translation>
        </message>
        <message>
            <source>사이트(회사) 이름을 입력하세요.</source>
            <translation>Enter the site (company) name.</translation>
        </message>
        <message>
            <source>공급사는 다우오피스(daouoffice) 또는 네이버웍스(naver)입니다.</source>
            <translation>The vendor is DaouOffice (daouoffice) or NAVER WORKPLACE (naver).</translation>
        </message>
        <message>
            <source>사용자 수는 0 이상의 정수입니다.</source>
            <translation>The number of users is a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>알 수 없는 사이트 상태입니다.</source>
            <translation>Unknown site state.</translation>
        </message>
        <message>
            <source>대표 관리자 이름을 입력하세요 (O4).</source>
            <translation>Enter the administrator's name (O4).</translation>
        </message>
        <message>
            <source>대표 관리자 로그인 ID를 입력하세요 (O4).</source>
            <translation>Enter the administrator's login ID (O4).</translation>
        </message>
        <message>
            <source>개설된 사이트의 접속 주소는 바꿀 수 없습니다 (O4). 원래 주소로 되돌리세요.</source>
            <translation>The access address of an opened site cannot change (O4). Put the original address back.</translation>
        </message>
        <message>
            <source>패키지는 {choices} 중 하나입니다.</source>
            <translation>The package is one of {choices}.</translation>
        </message>
        <message>
            <source>{problem} (O4)</source>
            <translation>{problem} (O4)</translation>
        </message>
        <message>
            <source>그 사이트를 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That site cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>사이트 이름</source>
            <translation>The site name</translation>
        </message>
        <message>
            <source>유료 패키지는 서비스형 또는 엔터프라이즈형 에디션을 고르세요.</source>
            <translation>For a paid package, choose the service or enterprise edition.</translation>
        </message>
        <message>
            <source>대표 관리자 이름</source>
            <translation>The admin's name</translation>
        </message>
        <message>
            <source>접속 주소 '{subdomain}' 는 이미 다른 사이트가 쓰고 있습니다. 다른 주소를 고르세요.</source>
            <translation>The access address '{subdomain}' is used by another site already. Choose another address.</translation>
        </message>
        <message>
            <source>사용자 수</source>
            <translation>The number of users</translation>
        </message>
    </context>
    <context>
        <name>sla_request</name>
        <message>
            <source>시간대(+09:00 등)가 없습니다.</source>
            <translation>The time zone (such as +09:00) is missing.</translation>
        </message>
        <message>
            <source>목록이어야 합니다.</source>
            <translation>must be a list.</translation>
        </message>
        <message>
            <source>요청 유형이 없거나 알 수 없습니다. 가능한 유형: {choices}</source>
            <translation>The request type is missing or unknown. Types: {choices}</translation>
        </message>
        <message>
            <source>요청을 연 시각보다 앞섭니다.</source>
            <translation>is before the request was opened.</translation>
        </message>
        <message>
            <source>꼭 입력해야 합니다 (ISO 8601, 시간대 포함).</source>
            <translation>is required (ISO 8601, with the time zone).</translation>
        </message>
        <message>
            <source>ISO 8601 시각이 아닙니다.</source>
            <translation>is not an ISO 8601 time.</translation>
        </message>
        <message>
            <source>{"at", "status"} 또는 {"at", "reply": true} 형식이어야 합니다.</source>
            <translation>must be {"at", "status"} or {"at", "reply": true}.</translation>
        </message>
        <message>
            <source>알 수 없는 상태입니다. 가능한 상태: {choices}</source>
            <translation>Unknown status. Statuses: {choices}</translation>
        </message>
        <message>
            <source>JSON 객체여야 합니다.</source>
            <translation>must be a JSON object.</translation>
        </message>
        <message>
            <source>장애 요청에는 심각도(1–4)가 필요합니다.</source>
            <translation>An incident needs a severity (1–4).</translation>
        </message>
        <message>
            <source>상태 변경도 답변도 아닙니다.</source>
            <translation>is neither a status change nor a reply.</translation>
        </message>
        <message>
            <source>올바른 JSON이 아닙니다.</source>
            <translation>This is not valid JSON.</translation>
        </message>
        <message>
            <source>심각도는 1, 2, 3, 4 중 하나입니다.</source>
            <translation>The severity is 1, 2, 3 or 4.</translation>
        </message>
    </context>
    <context>
        <name>sla_rules</name>
        <message>
            <source>{status} 에서 {new}(으)로 바꿀 수 없습니다. 가능한 변경: {allowed}</source>
            <translation>{status} cannot move to {new}. Possible moves: {allowed}</translation>
        </message>
        <message>
            <source>해결 후 7일이 지나 다시 열 수 없습니다. 지금 가능한 변경: {allowed}</source>
            <translation>More than 7 days after resolving, the request cannot be reopened. Possible moves now: {allowed}</translation>
        </message>
        <message>
            <source>{status} 상태는 끝난 상태라 바꿀 수 없습니다.</source>
            <translation>{status} is final and cannot change.</translation>
        </message>
        <message>
            <source>요청을 연 시각보다 앞섭니다.</source>
            <translation>is before the request was opened.</translation>
        </message>
        <message>
            <source>지금(now)보다 뒤입니다.</source>
            <translation>is after now.</translation>
        </message>
        <message>
            <source>시간 순서가 아닙니다.</source>
            <translation>is out of time order.</translation>
        </message>
    </context>
    <context>
        <name>staff</name>
        <message>
            <source>로그인 이름을 공백 없이 입력하세요.</source>
            <translation>Enter a login without spaces.</translation>
        </message>
        <message>
            <source>이름을 입력하세요.</source>
            <translation>Enter a name.</translation>
        </message>
        <message>
            <source>계정 범위를 '모든 계정'으로 하거나 고객 계정을 하나 이상 고르세요.</source>
            <translation>Set the account scope to 'all accounts' or choose at least one customer account.</translation>
        </message>
        <message>
            <source>'{login}' 라는 직원이 없습니다. `staff list` 로 로그인 이름을 확인하세요.</source>
            <translation>There is no staff user '{login}'. See the logins with `staff list`.</translation>
        </message>
        <message>
            <source>마지막 활성 PAA(주 관리자)는 일반 직원으로 바꿀 수 없습니다 (S1). 먼저 다른 PAA를 지정하세요.</source>
            <translation>The last active PAA (primary administrator) cannot become a regular user (S1). Make another PAA first.</translation>
        </message>
        <message>
            <source>'{login}' 로그인 이름은 이미 있습니다. 다른 이름을 고르세요.</source>
            <translation>The login '{login}' exists already. Choose another.</translation>
        </message>
        <message>
            <source>{name} 님은 아직 비밀번호가 없습니다. 두 번째 직원을 추가하기 전에 자신의 비밀번호를 정하세요 (S7).</source>
            <translation>{name} has no password yet. Set your own password before adding a second staff user (S7).</translation>
        </message>
        <message>
            <source>그 직원을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That staff user was not found. Refresh the list.</translation>
        </message>
        <message>
            <source>PAA(주 관리자)를 만들거나 바꾸는 일은 PAA만 할 수 있습니다 (S1).</source>
            <translation>Only a PAA (primary administrator) makes or changes a PAA (S1).</translation>
        </message>
        <message>
            <source>마지막 활성 PAA(주 관리자)는 비활성화할 수 없습니다 (S1). 먼저 다른 PAA를 지정하세요.</source>
            <translation>The last active PAA (primary administrator) cannot be deactivated (S1). Make another PAA first.</translation>
        </message>
        <message>
            <source>다른 직원의 비밀번호는 PAA(주 관리자)만 재설정할 수 있습니다.</source>
            <translation>Only a PAA (primary administrator) resets another user's password.</translation>
        </message>
        <message>
            <source>비밀번호는 {n}자 이상이어야 합니다 (S5).</source>
            <translation>A password has at least {n} characters (S5).</translation>
        </message>
        <message>
            <source>자신에게 없는 권한은 줄 수 없습니다: {features} (S2).</source>
            <translation>You cannot grant permissions you do not hold: {features} (S2).</translation>
        </message>
        <message>
            <source>자신의 계정 범위 밖의 고객 계정은 줄 수 없습니다 (S3).</source>
            <translation>You cannot grant customer accounts outside your own scope (S3).</translation>
        </message>
        <message>
            <source>자신에게 없는 '모든 주문' 권한은 줄 수 없습니다 (S3).</source>
            <translation>You cannot grant 'all orders' without holding it (S3).</translation>
        </message>
        <message>
            <source>지금 비밀번호가 맞지 않습니다.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>새 비밀번호는 지금 비밀번호와 달라야 합니다.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>복제본 {db} 을(를) 만들었습니다: 워크스테이션 {code}, 행 {rows}개.</source>
            <translation>Made the replica {db}: workstation {code}, {rows} rows.</translation>
        </message>
        <message>
            <source>동기화했습니다: 보냄 {applied}, 충돌 {conflicts}, 거절 {refused}; 받은 행 {rows}. 대기 {queued}, 결정 필요 {open}.</source>
            <translation>Synced: sent {applied}, conflicts {conflicts}, refused {refused}; received {rows} rows. Queued {queued}, needing a decision {open}.</translation>
        </message>
        <message>
            <source>상태: {state}</source>
            <translation>State: {state}</translation>
        </message>
        <message>
            <source>대기 중인 작업: {n}</source>
            <translation>Queued operations: {n}</translation>
        </message>
        <message>
            <source>결정이 필요한 충돌: {n}</source>
            <translation>Conflicts needing a decision: {n}</translation>
        </message>
        <message>
            <source>동기화하려면 --as 로그인이름 을 주세요.</source>
            <translation>To sync, give --as LOGIN.</translation>
        </message>
        <message>
            <source>    {field}: 내 값 {mine} / 서버 값 {theirs}</source>
            <translation>    {field}: mine {mine} / server {theirs}</translation>
        </message>
        <message>
            <source>온라인</source>
            <translation>online</translation>
        </message>
        <message>
            <source>오프라인</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>고객 계정</source>
            <translation>The account</translation>
        </message>
        <message>
            <source>사이트</source>
            <translation>The site</translation>
        </message>
        <message>
            <source>사용자</source>
            <translation>The user</translation>
        </message>
        <message>
            <source>{what}이(가) 서버에서 비활성화되었습니다. 비활성 상태로 둡니다 (Y6).</source>
            <translation>{what} was deactivated on the server. It stays deactivated (Y6).</translation>
        </message>
        <message>
            <source>{what}을(를) 그사이 서버에서 다른 직원이 바꿨습니다. 내 값과 서버 값을 비교해 결정하세요 (Y6).</source>
            <translation>{what} was changed on the server by someone else meanwhile. Compare your values with the server's and decide (Y6).</translation>
        </message>
        <message>
            <source>사이트가 서버에서 비활성화되어 사용자를 추가하지 않았습니다 (Y6).</source>
            <translation>The site was deactivated on the server, so the user was not added (Y6).</translation>
        </message>
        <message>
            <source>{path} 이(가) 이미 있습니다. 복제본은 새 파일에 만듭니다: 다른 파일 이름을 주세요.</source>
            <translation>{path} already exists. A replica is made in a new file: give another file name.</translation>
        </message>
        <message>
            <source>{where} 은(는) 복제본이 아닙니다. 먼저 'desktop-app replica init --server 주소 --db 파일 --as 로그인' 으로 만드세요.</source>
            <translation>{where} is not a replica. Make one first with 'desktop-app replica init --server URL --db FILE --as LOGIN'.</translation>
        </message>
        <message>
            <source>서버 {where} 에 연결할 수 없습니다 (오프라인). 대기 중인 작업 {n}건은 이 복제본에 그대로 있으며 서버에 연결되면 다시 동기화하세요.</source>
            <translation>Cannot reach the server {where} (offline). The {n} queued operations stay in this replica; sync again when the server can be reached.</translation>
        </message>
    </context>
    <context>
        <name>teams</name>
        <message>
            <source>그 조직을 찾을 수 없습니다. 목록을 새로 고치세요.</source>
            <translation>That team cannot be found. Refresh the list.</translation>
        </message>
        <message>
            <source>조직 이름을 입력하세요.</source>
            <translation>Enter the team's name.</translation>
        </message>
        <message>
            <source>조직 이름은 100자까지입니다.</source>
            <translation>A team name has at most 100 characters.</translation>
        </message>
        <message>
            <source>'{name}' 조직이 이미 있습니다. 다른 이름을 쓰세요.</source>
            <translation>A team '{name}' already exists. Use another name.</translation>
        </message>
        <message>
            <source>조직에 넣을 직원을 목록에서 고르세요 (활성 직원만).</source>
            <translation>Choose the staff user to add to the team from the list (active staff only).</translation>
        </message>
    </context>
    <context>
        <name>today</name>
        <message>
            <source>연체된 청구서</source>
            <translation>Overdue invoices</translation>
        </message>
        <message>
            <source>14일 안에 갱신</source>
            <translation>Renewals in the next 14 days</translation>
        </message>
        <message>
            <source>7일 안에 끝나는 체험 (예약 없음)</source>
            <translation>Trials ending within 7 days (no reservation)</translation>
        </message>
        <message>
            <source>7일 안에 만료되는 견적</source>
            <translation>Quotes expiring within 7 days</translation>
        </message>
        <message>
            <source>저장 공간 10% 미만</source>
            <translation>Less than 10 % storage free</translation>
        </message>
        <message>
            <source>위험하거나 넘긴 지원 요청 기한</source>
            <translation>Support clocks at risk or breached</translation>
        </message>
        <message>
            <source>응답</source>
            <translation>response</translation>
        </message>
        <message>
            <source>해결</source>
            <translation>resolution</translation>
        </message>
        <message>
            <source>방문 확인</source>
            <translation>visit confirmation</translation>
        </message>
        <message>
            <source>{number} {account}: 미납 {left}원, 납부 기한 {due} ({days}일 지남)</source>
            <translation>{number} {account}: {left} won unpaid, due {due} ({days} days ago)</translation>
        </message>
        <message>
            <source>{account}: {expires} 만료, {days}일 남음 — {term}개월 자동 갱신</source>
            <translation>{account}: expires {expires}, in {days} days — renews automatically for a {term}-month term</translation>
        </message>
        <message>
            <source>{site} ({account}): 체험이 {end}에 끝납니다 ({days}일 남음). 요금제를 예약하지 않으면 데이터가 삭제됩니다</source>
            <translation>{site} ({account}): the trial ends on {end} (in {days} days). Without a reserved plan its data will be deleted</translation>
        </message>
        <message>
            <source>{number} ({customer}): {until}까지 유효 ({days}일 남음)</source>
            <translation>{number} ({customer}): valid until {until} ({days} days left)</translation>
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <source>  - {text}</source>
            <translation>  - {text}</translation>
        </message>
        <message>
            <source>{number} {account}: {clock} 기한 {due} 지남</source>
            <translation>{number} {account}: {clock} was due {due}</translation>
        </message>
        <message>
            <source>{number} {account}: {clock} 기한 {due} 임박 ({pct}% 지남)</source>
            <translation>{number} {account}: {clock} due {due} ({pct} % of the time used)</translation>
        </message>
        <message>
            <source>  … 외 {more}건</source>
            <translation>  … and {more} more</translation>
        </message>
        <message>
            <source>{site} ({account}): 공유 저장 공간 {total}GB 중 {free}GB 남음 ({pct}%)</source>
            <translation>{site} ({account}): {free} GB of {total} GB shared storage free ({pct} %)</translation>
        </message>
        <message>
            <source>[오늘 할 일] {day} {name} 님: {count}건</source>
            <translation>[Today] {day} for {name}: {count} items</translation>
        </message>
        <message>
            <source>{name} 님, {day} 오늘 할 일입니다.</source>
            <translation>{name}, here is what needs attention on {day}.</translation>
        </message>
        <message>
            <source>리셀러 데스크의 '오늘' 화면에서 각 항목을 열 수 있습니다. 이 메일은 설정에서 끌 수 있습니다.</source>
            <translation>Open each item from the Today screen of Reseller Desk. You can turn this mail off in the settings.</translation>
        </message>
    </context>
</TS>