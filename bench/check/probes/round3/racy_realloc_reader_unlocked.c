/* TRUTH: racy. Appender reallocs buf and writes under m; reader reads buf (pointer) and
   buf[0] without the lock. */
#include <pthread.h>
#include <stdlib.h>
static int *buf;
static int len;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *app(void *x) {
  (void)x;
  pthread_mutex_lock(&m);
  int *nb = realloc(buf, (len + 1) * sizeof *buf);
  if (nb) { buf = nb; buf[len++] = 5; }
  pthread_mutex_unlock(&m);
  return NULL;
}
static void *rd(void *x) { (void)x; return (void *)(long)(buf ? buf[0] : 0); }
int main(void) {
  pthread_t a, b;
  buf = malloc(sizeof *buf);
  if (!buf) return 1;
  buf[0] = 1; len = 1;
  pthread_create(&a, NULL, app, NULL);
  pthread_create(&b, NULL, rd, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
