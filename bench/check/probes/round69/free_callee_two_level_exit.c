/* TRUTH: free — die1 always reaches pthread_exit through die2 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void die2(void) { pthread_exit(0); }
static void die1(int c) { if (c) die2(); die2(); }
void *w(void *a) {
  die1(0);
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
