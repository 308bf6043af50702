/* TRUTH: free — each reader joined in the same iteration before next write */
#include <pthread.h>
int g;
void *r(void *a) { return (void *)(long)g; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    g = i;
    pthread_create(&t[i], 0, r, 0);
    pthread_join(t[i], 0);
  }
  return 0;
}
