/* TRUTH: free — fork gives the child a separate address space; no two threads share g */
#include <sys/wait.h>
#include <unistd.h>
#include <stdio.h>
int g;
int main(void) {
  pid_t p = fork();
  if (p == 0) { g = 1; _exit(0); }
  g = 2;
  waitpid(p, 0, 0);
  printf("%d\n", g); return 0;
}
