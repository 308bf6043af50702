/* TRUTH: free — only the thread touches x; main returns without touching x */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); return 0; }
