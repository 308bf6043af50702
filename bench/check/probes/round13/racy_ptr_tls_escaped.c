/* racy: thread 0 publishes &tls_count (its own TLS copy) before starting thread 1 from inside, and thread 1 writes through it concurrently */
#include <pthread.h>
__thread int tls_count;
int *shared_p;
void *w1(void *p) { (void)p; *shared_p = 100; return NULL; }
void *w0(void *p) {
  (void)p;
  pthread_t t;
  shared_p = &tls_count;
  pthread_create(&t, NULL, w1, NULL);
  tls_count += 1;
  pthread_join(t, NULL);
  return NULL;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, w0, NULL);
  pthread_join(a, NULL);
  return 0;
}
