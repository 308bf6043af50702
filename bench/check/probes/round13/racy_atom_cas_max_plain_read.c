/* racy: CAS-maintained maximum is also reset by a plain store in thread 0 (non-atomic write vs concurrent atomic ops) */
#include <pthread.h>
#define N 3
int gmax = -1;
void *w(void *p) {
  long id = (long)p;
  if (id == 0) gmax = 0;
  int cur = __atomic_load_n(&gmax, __ATOMIC_SEQ_CST);
  while ((int)id > cur && !__atomic_compare_exchange_n(&gmax, &cur, (int)id, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) ;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return gmax;
}
