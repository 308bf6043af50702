/* TRUTH: free — the loop body writing g runs zero times */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { for (int i = 0; i < 0; i++) g += i; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 5;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
