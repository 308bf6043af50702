/* TRUTH: racy — the parent writes g before joining T */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdio.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  pid_t p = fork();
  if (p == 0) { _exit(0); }
  g = 2;
  pthread_join(th, 0);
  waitpid(p, 0, 0);
  printf("%d\n", g); return 0;
}
