/* TRUTH: free — die() always calls exit, so main never reaches g = 2 while the thread runs */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
int g;
static void die(const char *m) { fputs(m, stderr); exit(1); }
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  die("bye\n");
  g = 2;
  pthread_join(th, 0); return 0;
}
