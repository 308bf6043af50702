/* TRUTH: free — the single writer thread is created then all handles joined in reverse order before main writes */
#include <pthread.h>
#include <stdio.h>
int x; int other[2];
void *w(void *a) { x = 1; return 0; }
void *o(void *a) { other[(long)a] = 1; return 0; }
int main(void) {
  pthread_t th[3];
  pthread_create(&th[0], 0, w, 0);
  pthread_create(&th[1], 0, o, (void *)0);
  pthread_create(&th[2], 0, o, (void *)1);
  for (int i = 2; i >= 0; i--) pthread_join(th[i], 0);
  x = 2;
  printf("%d\n", x); return 0;
}
