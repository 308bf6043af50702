/* TRUTH: free — cnt is _Atomic, so cnt++ and cnt += 2 are atomic RMW operations */
#include <pthread.h>
#include <stdio.h>
_Atomic int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { cnt++; cnt += 2; } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  printf("%d\n", cnt);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
