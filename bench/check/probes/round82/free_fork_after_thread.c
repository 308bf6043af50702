/* TRUTH: free — the child process has no copy of thread T (fork copies only the caller), so the child's write is to its own memory; the parent joins T before writing */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdio.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  pid_t p = fork();
  if (p == 0) { g = 3; _exit(0); }
  pthread_join(th, 0);
  g = 2;
  waitpid(p, 0, 0);
  printf("%d\n", g); return 0;
}
