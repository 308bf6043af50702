/* TRUTH: free — the thread's 'g' is a block-scope local shadowing the global */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { int g = 0; for (int i = 0; i < 100; i++) g += i; { extern int h; (void)h; } return (void *)(long)g; }
int h;
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
