package vn.tracuu.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import vn.tracuu.io.Json;

/**
 * The errors the HTTP server raises before any route sees the request (a URI or headers too long, a URI it cannot
 * decode, a body it refuses) answer in the API's JSON shape, {@code {"error", "message"}}, like every other error.
 */
final class JsonErrors extends ErrorHandler {
  static byte[] body(int status) {
    String[] e = switch (status) {
      case 400 -> new String[] {"bad_request", "Yêu cầu không hợp lệ (đường dẫn hoặc tham số không giải mã được)"};
      case 404 -> new String[] {"not_found", "Không có đường dẫn này"};
      case 405 -> new String[] {"method_not_allowed", "Phương thức không được hỗ trợ"};
      case 413 -> new String[] {"payload_too_large", "Nội dung gửi lên quá lớn"};
      case 414 -> new String[] {"uri_too_long", "Đường dẫn quá dài"};
      case 431 -> new String[] {"headers_too_large", "Phần đầu yêu cầu quá lớn"};
      default -> new String[] {status >= 500 ? "internal_error" : "http_" + status, "Lỗi HTTP " + status};
    };
    return Json.write(Map.of("error", e[0], "message", e[1])).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status));
  }
}
