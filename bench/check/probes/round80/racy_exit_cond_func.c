/* TRUTH: racy — die() exits only if flag; flag is 0 so thread writes x while main writes x */
#include <pthread.h>
#include <stdlib.h>
int x; int flag = 0;
void die(void){ if (flag) exit(0); }
void *w(void *p){ die(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
