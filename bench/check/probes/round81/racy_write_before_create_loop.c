/* TRUTH: racy — loop: main writes g then creates a reader; in 2nd iteration main's write of g races with 1st reader's read */
#include <pthread.h>
int g;
void *r(void *a) { return (void *)(long)g; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    g = i;
    pthread_create(&t[i], 0, r, 0);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return 0;
}
