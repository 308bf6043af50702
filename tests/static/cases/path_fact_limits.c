// What an if read of a global does not tell a later test: the global stored to by the thread
// itself in a loop's earlier pass, a global a library call may change (getopt's optind), a
// global compared through a cast or converted to unsigned by the literal.
#include <pthread.h>
#include <unistd.h>

static int g, h, k;
static long own_loop, lib, cast, uns;

static void *w(void *arg)
{
    char **argv = arg;
    for (int i = 0; i < 3; i++) {
        if (g == 0) {
            g = 1; /* the next pass reads 1 */
        } else {
            own_loop++; // RACE (possible): reached in the second pass
        }
    }
    if (optind == 1) {
        getopt(1, argv, "x"); /* may move optind */
        if (optind != 1)
            lib++; // RACE (possible): getopt changed optind
    }
    if ((unsigned char)h == 0 && h == 256)
        cast++; // RACE (possible): h == 256 passes both tests
    if (k > 5u)
        uns++; // RACE (possible): k == -1 is above 5u
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argc;
    pthread_t t;
    h = 256;
    k = -1;
    pthread_create(&t, NULL, w, argv);
    own_loop++;
    lib++;
    cast++;
    uns++;
    pthread_join(t, NULL);
    return (int)(own_loop + lib + cast + uns);
}
