/* TRUTH: racy — J joins W, but main reads x without joining J or W */
#include <pthread.h>
int x; pthread_t w;
void *W(void *p){ x = 1; return 0; }
void *J(void *p){ pthread_join(w,0); return 0; }
int main(void){ pthread_t j; pthread_create(&w,0,W,0); pthread_create(&j,0,J,0); int r = x; pthread_join(j,0); return r; }
