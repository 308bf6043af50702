/* racy: lock chosen as locks + k % 2 but the bucket as k / 2; threads 0 and 1 both update bucket[0] under different locks */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int bucket[2];
void *w(void *p) {
  long k = (long)p;
  pthread_mutex_t *l = locks + k % 2;
  pthread_mutex_lock(l);
  bucket[k / 2] += (int)k;
  pthread_mutex_unlock(l);
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return bucket[0];
}
