/* TRUTH: racy — die(0) loop body never runs so it returns; thread writes x while main writes x */
#include <pthread.h>
#include <stdlib.h>
int x;
void die(int n){ for (int i = 0; i < n; i++) exit(0); }
void *w(void *p){ die(0); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
