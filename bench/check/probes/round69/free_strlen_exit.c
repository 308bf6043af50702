/* TRUTH: free — strlen("abc") is 3, thread exits before the write */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int g;
void *w(void *a) {
  if (strlen("abc") == 3) { pthread_exit(0); }
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
