/* TRUTH: free — cnt only accessed by __sync/__atomic builtins (atomic) until after join */
#include <pthread.h>
#include <stdio.h>
int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) __sync_fetch_and_add(&cnt, 1); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
