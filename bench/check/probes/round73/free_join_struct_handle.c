/* TRUTH: free — handle kept in a struct field; joined through it before main writes g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; struct job { pthread_t tid; int id; };
void *w(void *x){ g = 1; return 0; }
int main(void){ struct job j; j.id = 1; pthread_create(&j.tid,0,w,0); pthread_join(j.tid, 0); g = 2; return g; }
