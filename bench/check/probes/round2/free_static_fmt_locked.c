/* TRUTH: free. The static buffer is only written and read under fm. */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t fm = PTHREAD_MUTEX_INITIALIZER;
static char fmt_first(int v) { static char buf[32]; snprintf(buf, sizeof buf, "v=%d", v); return buf[2]; }
void *worker(void *arg) { pthread_mutex_lock(&fm); char c = fmt_first((int)(long)arg); pthread_mutex_unlock(&fm); return (void *)(long)c; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1);
  pthread_create(&b, NULL, worker, (void *)2);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
