/* TRUTH: racy — int store at bytes 4..7 and char store at byte 5 of the same malloc'ed block; checker compares element 1 vs element 5 */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ char *p = a; p[5] = 2; return 0; }
int main(void){ void *b = malloc(8); pthread_t t1,t2; pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,b);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
