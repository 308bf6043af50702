/* TRUTH: free — close(-1) always fails with -1 (EBADF), so the thread exits before g = 1 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int g;
void *w(void *a) {
  if (close(-1) == -1) pthread_exit(0);
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
