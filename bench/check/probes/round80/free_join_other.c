/* TRUTH: free — main creates W, thread J joins W then reads x; main joins J */
#include <pthread.h>
int x; pthread_t w;
void *W(void *p){ x = 1; return 0; }
void *J(void *p){ pthread_join(w,0); return (void*)(long)x; }
int main(void){ pthread_t j; pthread_create(&w,0,W,0); pthread_create(&j,0,J,0); pthread_join(j,0); return x; }
