/* TRUTH: racy — tickets are taken atomically but now_serving is a plain int spun on by waiters and incremented by the holder */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_33_ticket_plain_serving.c", 4, "reach_error"); }
unsigned next_ticket;
unsigned now_serving;
int shared_res;

void *client(void *arg) {
  unsigned my = __sync_fetch_and_add(&next_ticket, 1);
  while (now_serving != my) { }
  shared_res++;
  now_serving++;
  return 0;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, client, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (shared_res != 2) reach_error();
  return 0;
}
