/* race-free: thread k locks *(locks + k % 2) and updates bucket[k % 2]; bucket j is always under locks[j] */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int bucket[2];
void *w(void *p) {
  long k = (long)p;
  pthread_mutex_t *l = locks + k % 2;
  pthread_mutex_lock(l);
  bucket[k % 2] += (int)k;
  pthread_mutex_unlock(l);
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  assert(bucket[0] == 2 && bucket[1] == 4);
  return 0;
}
