/* TRUTH: free — finish() calls pthread_exit, so main's write after it is unreachable */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
void finish(void){ pthread_exit(0); }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); finish(); x = 2; return 0; }
