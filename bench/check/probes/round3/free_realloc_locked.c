/* TRUTH: free. Both threads append to a realloc'd global buffer under m; main reads after joins. */
#include <pthread.h>
#include <stdlib.h>
static int *buf;
static int len;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *app(void *x) {
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&m);
    int *nb = realloc(buf, (len + 1) * sizeof *buf);
    if (nb) { buf = nb; buf[len++] = (int)(long)x; }
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, app, (void *)1);
  pthread_create(&b, NULL, app, (void *)2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return len ? buf[0] : 0;
}
