/* TRUTH: free. u.req.cmd and u.req.arg are distinct int objects inside the union's struct member; each thread writes a different one, main reads after joins. */
#include <pthread.h>
#include <stdio.h>
struct req { int cmd; int arg; };
union msg { struct req req; long long raw; };
static union msg u;

static void *set_cmd(void *p) { (void)p; u.req.cmd = 3; return NULL; }
static void *set_arg(void *p) { (void)p; u.req.arg = 99; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_cmd, NULL);
    pthread_create(&b, NULL, set_arg, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", u.req.cmd, u.req.arg);
    return 0;
}
