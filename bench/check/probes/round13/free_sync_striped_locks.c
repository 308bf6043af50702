/* race-free: data[i] is always guarded by locks[i % S]; threads update arbitrary indices under the right stripe */
#include <pthread.h>
#include <assert.h>
#define S 4
#define LEN 16
pthread_mutex_t locks[S];
int data[LEN];
void *w(void *p) {
  long seed = (long)p;
  for (int k = 0; k < 20; k++) {
    int i = (int)((seed * 7 + k * 3) % LEN);
    pthread_mutex_lock(&locks[i % S]);
    data[i]++;
    pthread_mutex_unlock(&locks[i % S]);
  }
  return NULL;
}
int main(void) {
  for (int i = 0; i < S; i++) pthread_mutex_init(&locks[i], NULL);
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < LEN; i++) s += data[i];
  assert(s == 60);
  return 0;
}
