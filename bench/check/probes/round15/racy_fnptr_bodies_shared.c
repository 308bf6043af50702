/* Racy: two of the thread bodies in the function-pointer table write the same global gb. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int ga, gb, gc;
static void *fa(void *p) { (void)p; ga = 1; return NULL; }
static void *fb(void *p) { (void)p; gb = 2; return NULL; }
static void *fc(void *p) { (void)p; gb = 3; return NULL; }
void *(*const bodies[3])(void *) = {fa, fb, fc};
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, bodies[i], NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  printf("%d\n", ga + gb + gc);
  return 0;
}
