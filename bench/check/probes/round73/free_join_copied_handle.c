/* TRUTH: free — handle copied to u; joining u joins the same thread; g written after */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){ pthread_t t, u; pthread_create(&t,0,w,0); u = t; pthread_join(u, 0); g = 2; return g; }
