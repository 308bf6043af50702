/* TRUTH: free. Philosophers with a single "waiter" mutex: meals[] (shared between all)
   only updated under it; each also writes own eaten[i] (distinct element per thread). */
#include <pthread.h>
#include <stdint.h>
#define P 3
pthread_mutex_t waiter = PTHREAD_MUTEX_INITIALIZER;
int meals, eaten[P];
void *phil(void *arg) {
  int i = (int)(intptr_t)arg;
  pthread_mutex_lock(&waiter); meals++; pthread_mutex_unlock(&waiter);
  eaten[i] = 1;
  return NULL;
}
int main(void) {
  pthread_t t[P];
  for (int i = 0; i < P; i++) pthread_create(&t[i], NULL, phil, (void *)(intptr_t)i);
  for (int i = 0; i < P; i++) pthread_join(t[i], NULL);
  return meals + eaten[0];
}
