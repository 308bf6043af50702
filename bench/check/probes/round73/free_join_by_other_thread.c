/* TRUTH: free — joiner thread joins the writer (handle set before joiner starts), then reads g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_t wt;
void *w(void *x){ g = 1; return 0; }
void *j(void *x){ pthread_join(wt, 0); return (void*)(long)g; }
int main(void){ pthread_t jt; pthread_create(&wt,0,w,0); pthread_create(&jt,0,j,0); pthread_join(jt,0); return 0; }
