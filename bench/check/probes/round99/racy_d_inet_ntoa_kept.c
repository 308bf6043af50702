/* TRUTH: racy — inet_ntoa's static buffer kept in a local is read while another thread calls inet_ntoa */
#include <pthread.h>
#include <string.h>
#include <arpa/inet.h>
static void *other(void *a) {
  (void)a;
  struct in_addr x = { htonl(0x0a000001) };
  for (int i = 0; i < 10; i++) inet_ntoa(x);
  return 0;
}
int main(void) {
  pthread_t t;
  struct in_addr y = { htonl(0x7f000001) };
  const char *s = inet_ntoa(y);
  pthread_create(&t, 0, other, 0);
  size_t n = strlen(s);
  pthread_join(t, 0);
  return (int)(n & 1);
}
