/* TRUTH: free — access only when trylock succeeded */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { if (pthread_mutex_trylock(&m) == 0) { cnt++; pthread_mutex_unlock(&m); } } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
