/* TRUTH: racy — long store at bytes 0..7 overlaps int store at bytes 4..7 of the same malloc'ed block; checker compares "element 0" vs "element 1" */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ long *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ void *b = malloc(16); pthread_t t1,t2; pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,b);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
