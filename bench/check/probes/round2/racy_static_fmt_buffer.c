/* TRUTH: racy. fmt() returns a function-static buffer; two threads format into it. */
#include <pthread.h>
#include <stdio.h>
static const char *fmt(int v) { static char buf[32]; snprintf(buf, sizeof buf, "v=%d", v); return buf; }
void *worker(void *arg) { const char *s = fmt((int)(long)arg); return (void *)(long)s[2]; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1);
  pthread_create(&b, NULL, worker, (void *)2);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
