/* TRUTH: free — consumer polls a mutex-protected flag; after seeing it set, reads payload written before the flag under the same mutex */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int ready, payload;
void *p(void *a) { payload = 8; pthread_mutex_lock(&m); ready = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t th; int r = 0; pthread_create(&th, 0, p, 0);
  while (!r) { pthread_mutex_lock(&m); r = ready; pthread_mutex_unlock(&m); }
  payload++;
  pthread_join(th, 0); printf("%d\n", payload); return 0;
}
