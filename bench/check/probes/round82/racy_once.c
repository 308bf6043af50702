/* TRUTH: racy — thread b reads table without calling pthread_once, concurrent with init writes in a */
#include <pthread.h>
#include <stdio.h>
pthread_once_t once = PTHREAD_ONCE_INIT; int table[4];
void init(void) { for (int i = 0; i < 4; i++) table[i] = i * i; }
void *w(void *a) { pthread_once(&once, init); return (void *)(long)table[3]; }
void *r(void *a) { return (void *)(long)table[3]; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, r, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
