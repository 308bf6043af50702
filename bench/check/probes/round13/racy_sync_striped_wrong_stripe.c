/* racy: thread 0 guards data[i] with locks[i % S], thread 1 with locks[(i+1) % S]; both update the same data[i] under different locks */
#include <pthread.h>
#define S 4
#define LEN 16
pthread_mutex_t locks[S];
int data[LEN];
void *w(void *p) {
  long seed = (long)p;
  for (int k = 0; k < 20; k++) {
    int i = k % LEN;
    int s = (int)((i + seed) % S);
    pthread_mutex_lock(&locks[s]);
    data[i]++;
    pthread_mutex_unlock(&locks[s]);
  }
  return NULL;
}
int main(void) {
  for (int i = 0; i < S; i++) pthread_mutex_init(&locks[i], NULL);
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return data[0];
}
