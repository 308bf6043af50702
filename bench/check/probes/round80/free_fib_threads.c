/* TRUTH: free — recursive fib spawns a thread per subproblem writing its own struct, joined before parent reads */
#include <pthread.h>
struct job { int n; int r; };
void *fib(void *p){ struct job *j = p; if (j->n < 2){ j->r = j->n; return 0; }
 struct job a = { j->n-1, 0 }, b = { j->n-2, 0 }; pthread_t ta, tb;
 pthread_create(&ta,0,fib,&a); pthread_create(&tb,0,fib,&b); pthread_join(ta,0); pthread_join(tb,0);
 j->r = a.r + b.r; return 0; }
int main(void){ struct job j = { 5, 0 }; pthread_t t; pthread_create(&t,0,fib,&j); pthread_join(t,0); return j.r; }
