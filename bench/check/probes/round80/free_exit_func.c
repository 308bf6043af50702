/* TRUTH: free — die() always exits, so thread's write after it is unreachable */
#include <pthread.h>
#include <stdlib.h>
int x;
void die(void){ exit(0); }
void *w(void *p){ die(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
