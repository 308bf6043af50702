/* TRUTH: racy — two starts per pass into same handle, first never joined */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_create(&t,0,f,0); pthread_join(t,0);} sleep(1); return 0; }
