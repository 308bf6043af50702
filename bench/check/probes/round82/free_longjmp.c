/* TRUTH: free — longjmp never returns, so g = 2 right after it is unreachable; the other path joins first */
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
jmp_buf jb; pthread_t th; int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  if (setjmp(jb)) { pthread_join(th, 0); g = 3; printf("%d\n", g); return 0; }
  pthread_create(&th, 0, t, 0);
  longjmp(jb, 1);
  g = 2;
  return 0;
}
