/* TRUTH: free — select with no fds and no timeout blocks until a caught signal; none are caught */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
void *f(void *a) { select(0, 0, 0, 0, 0); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
